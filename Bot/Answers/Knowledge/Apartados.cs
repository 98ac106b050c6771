using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// A programme's apartados found by what they hold, never by a number taken for granted: each year's document
/// numbers them its own way (1–4, I–V, an extra apartado first), so «apartado 4» must come from the data.
/// </summary>
public static class Apartados
{
    /// <summary>The apartado holding a part; the validator guarantees exactly one per structured part.</summary>
    public static Apartado Of(this ProgrammeDocument programme, ApartadoPart part)
        => programme.Sections.FirstOrDefault(s => s.Part == part)
           ?? throw new InvalidOperationException($"Programme {programme.Year} has no apartado holding {part}.");

    /// <summary>The number answers cite for a part ("4", "V").</summary>
    public static string NumberOf(this ProgrammeDocument programme, ApartadoPart part) => programme.Of(part).Number;

    /// <summary>"apartado 4", or the apartado's title when the document does not number it.</summary>
    public static string Label(Apartado apartado)
        => string.IsNullOrWhiteSpace(apartado.Number) ? $"apartado «{apartado.Title}»" : $"apartado {apartado.Number}";

    /// <summary>
    /// The apartado a typed number means: its own spelling (case and accents aside), or the same value in the
    /// other numeral system — someone may write «apartado 5» of a programme that numbers it «V».
    /// </summary>
    public static Apartado? Find(ProgrammeDocument programme, string typed)
    {
        var folded = SpanishText.Fold(typed);
        if (programme.Sections.FirstOrDefault(s => SpanishText.Fold(s.Number) == folded) is { } exact)
        {
            return exact;
        }

        return ValueOf(folded) is { } value ? programme.Sections.FirstOrDefault(s => ValueOf(SpanishText.Fold(s.Number)) == value) : null;
    }

    /// <summary>The apartado an objective, specific objective or action line belongs to; null for anything else.</summary>
    public static Apartado? Containing(ProgrammeDocument programme, string itemNumber)
    {
        if (programme.Objectives.Any(o => o.Number == itemNumber))
        {
            return programme.Of(ApartadoPart.Objectives);
        }

        return programme.SpecificObjectives.Any(o => o.Number == itemNumber) || programme.ActionLines.Any(l => l.Number == itemNumber)
            ? programme.Of(ApartadoPart.ActionLines)
            : null;
    }

    private static int? ValueOf(string folded)
        => folded.Length > 0 && folded.All(char.IsDigit) && int.TryParse(folded, out var n) ? n
            : Ordinals.IsRoman(folded) ? Ordinals.Parse(folded, allowRoman: true) : null;
}
