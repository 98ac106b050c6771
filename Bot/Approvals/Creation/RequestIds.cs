using System.Text.RegularExpressions;

namespace ProgramaBot.Approvals.Creation;

/// <summary>Request ids ("SOL-1A2B3C4D5E6F"): short enough to say aloud, random enough not to collide.</summary>
public static partial class RequestIds
{
    public static string New() => FromToken(Guid.NewGuid().ToString("N"));

    /// <summary>The id a form's token maps to, so submitting the same form twice names the same request.</summary>
    public static string FromToken(string token) => "SOL-" + token[..12].ToUpperInvariant();

    public static bool IsToken(string? token) => token is not null && Token().IsMatch(token);

    public static string NewToken() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
