using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// A heading that may open an apartado: its number as written ("4", "IV" or none) and, when its wording
/// names one of the four parts every programme has, that part. Wordings change from year to year.
/// </summary>
public sealed partial record ApartadoHeading(string? Number, string Title, ApartadoPart? Part)
{
    /// <summary>Folded beginnings of each part's heading, longest first where they overlap.</summary>
    private static readonly (ApartadoPart Part, string[] Starts)[] Wordings =
    [
        (ApartadoPart.LegalFramework, ["marco legal", "marco juridico", "marco normativo", "fundamento legal", "fundamentos legales", "fundamento juridico", "fundamentacion", "base legal", "bases legales"]),
        (ApartadoPart.Objectives, ["objetivos generales", "objetivo general"]),
        (ApartadoPart.ActionLines, ["objetivos especificos", "objetivo especifico", "lineas de accion", "linea de accion", "objetivos y lineas de accion"]),
        (ApartadoPart.Sessions, ["programacion de sesiones", "programacion de las sesiones", "calendario de sesiones", "calendario de las sesiones", "calendario", "programacion", "sesiones ordinarias", "sesiones de la comision"]),
    ];

    /// <summary>The value of <see cref="Number"/> (Roman numerals translated), or null when unnumbered.</summary>
    public int? Value => Number is null ? null : RomanNumerals.ValueOf(Number);

    /// <summary>Null when the block cannot be a heading: too long, a list entry ending in ";" or ",", no letters.</summary>
    public static ApartadoHeading? TryRead(SourceBlock block)
    {
        if (block.Kind == BlockKind.TableRow)
        {
            return null;
        }

        var text = block.Text.Trim().TrimEnd(':');
        if (text.Length is 0 or > 220 || text.EndsWith(';') || text.EndsWith(','))
        {
            return null;
        }

        string? number = null;
        var title = text;
        if (Numbered().Match(text) is { Success: true } m && (m.Groups["arabic"].Success || RomanNumerals.TryParse(m.Groups["roman"].Value) is not null))
        {
            number = m.Groups["arabic"].Success ? m.Groups["arabic"].Value : m.Groups["roman"].Value.ToUpperInvariant();
            title = m.Groups["title"].Value.Trim();
        }

        return new ApartadoHeading(number, title, PartOf(title));
    }

    public static ApartadoPart? PartOf(string title)
    {
        var folded = SpanishText.Fold(title);
        foreach (var (part, starts) in Wordings)
        {
            if (starts.Any(s => folded.StartsWith(s, StringComparison.Ordinal)))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>The year a heading names ("… Servicio Profesional Electoral Nacional 2020"), if any.</summary>
    public int? Year => YearInTitle().Match(Title) is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"4. Título", "4 Título", "IV. Título", "Apartado IV: Título"; an item number ("2.1 …") is not a heading number.</summary>
    [GeneratedRegex(@"^(?:(?:apartado|cap[ií]tulo|secci[oó]n)\s+)?(?:(?<arabic>\d{1,2})|(?<roman>[IVXivx]{1,5}))(?:\.-|\.|\)|-|:|–)?\s+(?<title>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearInTitle();
}
