using System.Text;

namespace ProgramaBot.Reminders.Chat;

/// <summary>
/// Lower case without accents, so "Sesión" and "sesion" match; ñ stays ñ (año is not ano). An explicit table:
/// string.Normalize does not decompose under invariant globalization.
/// </summary>
public static class TextFold
{
    private const string From = "áàäâéèëêíìïîóòöôúùüûç";
    private const string To = "aaaaeeeeiiiioooouuuuc";

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var i = From.IndexOf(c, StringComparison.Ordinal);
            builder.Append(c switch
            {
                '¿' or '¡' => ' ',
                _ when i >= 0 => To[i],
                _ => c,
            });
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
    }
}
