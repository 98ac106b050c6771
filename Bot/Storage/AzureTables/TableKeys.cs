using System.Text;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Azure table keys may not contain / \ # ? or control characters; Teams ids contain ':' '@' ';' and more,
/// so ids are encoded reversibly (URL-safe Base64) where they become keys.
/// </summary>
public static class TableKeys
{
    public static string Encode(string value)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Decode(string key)
    {
        var base64 = key.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
    }
}
