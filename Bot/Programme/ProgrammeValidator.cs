namespace ProgramaBot.Programme;

/// <summary>
/// Consistency rules a programme file must meet: numbering, parents that exist, sessions that fit the
/// year, references that resolve. Each problem names the item so whoever edits the file can find it.
/// </summary>
public static class ProgrammeValidator
{
    /// <summary>The source label for the text that precedes apartado 1.</summary>
    public const string IntroductionSource = "introducción";

    /// <summary>Every problem, part by part in the order the document has them.</summary>
    public static IReadOnlyList<ProgrammeProblem> Validate(ProgrammeDocument programme)
    {
        var check = new ProgrammeChecks(programme);
        check.Year();
        check.Apartados();
        check.UniqueNumbers();
        check.LegalFramework();
        check.Objectives();
        check.SpecificObjectives();
        check.ActionLines();
        check.Sessions();
        check.Commission();
        check.Periods();
        check.Acronyms();
        check.Annexes();
        return check.Problems;
    }
}
