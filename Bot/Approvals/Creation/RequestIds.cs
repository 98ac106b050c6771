using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramaBot.Approvals.Creation;

/// <summary>
/// Request ids. New requests are named by folio, «SOL-2026-001»: the year and a number sequential within it, short
/// enough to dictate over the phone (<see cref="Storage.IRequestFolios"/> hands the numbers out). Requests stored before
/// folios keep their old id, «SOL-» and twelve hexadecimal digits taken from the form's token; both forms are ids.
/// </summary>
public static partial class RequestIds
{
    /// <summary>«SOL-2026-001»: three digits at least, more past 999.</summary>
    public static string Folio(int year, long number)
        => string.Create(CultureInfo.InvariantCulture, $"SOL-{year:D4}-{number:D3}");

    /// <summary>The id a form's token named before folios existed, under which such a request is still stored.</summary>
    public static string Legacy(string token) => "SOL-" + token[..12].ToUpperInvariant();

    public static bool IsToken(string? token) => token is not null && Token().IsMatch(token);

    public static string NewToken() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
