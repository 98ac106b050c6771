namespace ProgramaBot.Programme;

/// <summary>Every programme loaded at start-up, one per year.</summary>
public sealed class ProgrammeCatalog
{
    public ProgrammeCatalog(IReadOnlyList<ProgrammeDocument> programmes)
    {
        if (programmes.Count == 0)
        {
            throw new ArgumentException("At least one programme is needed.", nameof(programmes));
        }

        All = [.. programmes.OrderBy(p => p.Year)];
    }

    /// <summary>Oldest year first.</summary>
    public IReadOnlyList<ProgrammeDocument> All { get; }

    public ProgrammeDocument? ForYear(int year) => All.FirstOrDefault(p => p.Year == year);

    /// <summary>This year's programme, else the latest before it, else the earliest one.</summary>
    public ProgrammeDocument CurrentFor(DateOnly today)
        => ForYear(today.Year) ?? All.LastOrDefault(p => p.Year < today.Year) ?? All[0];

    public static ProgrammeCatalog LoadFiles(IEnumerable<string> files)
    {
        var loaded = new List<(string File, ProgrammeDocument Programme)>();
        foreach (var file in files)
        {
            var programme = ProgrammeLoader.LoadFile(file);
            if (loaded.FirstOrDefault(l => l.Programme.Year == programme.Year) is { File: { } other })
            {
                throw new ProgrammeFileException(file, [new("year", $"{programme.Year} is already served by '{other}'")]);
            }

            loaded.Add((file, programme));
        }

        return new ProgrammeCatalog([.. loaded.Select(l => l.Programme)]);
    }
}
