namespace ProgramaBot.Programme;

/// <summary>
/// The programmes being served right now. <see cref="Current"/> is replaced as a whole when a programme is
/// published (on every instance, once it notices), so a reader holds one consistent catalog for a whole turn.
/// </summary>
public interface IProgrammeSource
{
    ProgrammeCatalog Current { get; }

    /// <summary>
    /// Raised after <see cref="Current"/> changed. Handlers must return quickly: heavy work (an index rebuild)
    /// belongs off the calling thread, and the previous catalog keeps serving until it is done.
    /// </summary>
    event Action<ProgrammeCatalog>? Changed;
}

/// <summary>The programmes of the configured files, fixed for the life of the process.</summary>
public sealed class FixedProgrammeSource(ProgrammeCatalog catalog) : IProgrammeSource
{
    public ProgrammeCatalog Current => catalog;

    public event Action<ProgrammeCatalog>? Changed
    {
        add { }
        remove { }
    }
}
