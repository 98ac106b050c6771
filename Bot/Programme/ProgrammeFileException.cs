namespace ProgramaBot.Programme;

/// <summary>A programme file that cannot be used; the message names the file, the item and the problem.</summary>
public sealed class ProgrammeFileException(string file, IReadOnlyList<ProgrammeProblem> problems, Exception? inner = null)
    : Exception(Describe(file, problems), inner)
{
    public string File { get; } = file;
    public IReadOnlyList<ProgrammeProblem> Problems { get; } = problems;

    private static string Describe(string file, IReadOnlyList<ProgrammeProblem> problems)
        => $"Programme file '{file}' is invalid:" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}

public sealed record ProgrammeProblem(string Item, string Problem)
{
    public override string ToString() => $"{Item}: {Problem}";
}
