using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Answers;

/// <summary>
/// The answer engine for the programmes served now. When <see cref="IProgrammeSource.Changed"/> fires (a programme
/// was published, here or on another instance), a new engine — a new Lucene index — is built on a worker thread and
/// swapped in at once; questions keep being answered by the previous engine until then, and by it for good if the
/// build fails. The replaced engine is disposed after <see cref="RetireAfter"/>, once turns that held it are done.
/// </summary>
public sealed class LiveAnswerEngine : IDisposable
{
    public static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(1);

    private readonly IProgrammeSource _source;
    private readonly ISessionDateOverrides _overrides;
    private readonly CommissionClock _clock;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveAnswerEngine> _logger;
    private readonly Lock _gate = new();
    private volatile AnswerEngine? _engine;
    private ProgrammeCatalog? _builtFor;
    private Task _rebuilds = Task.CompletedTask;

    public LiveAnswerEngine(IProgrammeSource source, ISessionDateOverrides overrides, CommissionClock clock, TimeProvider time, ILogger<LiveAnswerEngine> logger)
    {
        (_source, _overrides, _clock, _time, _logger) = (source, overrides, clock, time, logger);
        source.Changed += OnChanged;
    }

    /// <summary>Built on first use for the catalog served then; afterwards replaced whole, never changed in place.</summary>
    public AnswerEngine Current
    {
        get
        {
            if (_engine is { } engine)
            {
                return engine;
            }

            lock (_gate)
            {
                if (_engine is null)
                {
                    var catalog = _source.Current;
                    _engine = Build(catalog);
                    _builtFor = catalog;
                }

                return _engine;
            }
        }
    }

    /// <summary>Completes when every rebuild asked for so far has finished (swapped in or failed).</summary>
    public Task Rebuilds
    {
        get
        {
            lock (_gate)
            {
                return _rebuilds;
            }
        }
    }

    private AnswerEngine Build(ProgrammeCatalog catalog) => new(catalog, new ProgrammeSchedule(catalog, _overrides, _clock), _clock);

    private void OnChanged(ProgrammeCatalog catalog)
    {
        // Off the caller's thread, one rebuild at a time; each builds for whatever is current when it runs, so a burst
        // of publications costs at most one build more than needed.
        lock (_gate)
        {
            _rebuilds = _rebuilds.ContinueWith(_ => Rebuild(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private void Rebuild()
    {
        var catalog = _source.Current;
        if (ReferenceEquals(catalog, _builtFor))
        {
            return;
        }

        AnswerEngine fresh;
        try
        {
            fresh = Build(catalog);
            fresh.Ask("ayuda"); // warm the new index before any member's question reaches it
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The answer index for the newly published programmes could not be built; answers keep using the previous ones");
            return;
        }

        AnswerEngine? old;
        lock (_gate)
        {
            old = _engine;
            _engine = fresh;
            _builtFor = catalog;
        }

        _logger.LogInformation("Answers now use the programmes of {Years}", string.Join(", ", catalog.All.Select(p => p.Year)));
        if (old is not null)
        {
            _ = Task.Delay(RetireAfter, _time).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);
        }
    }

    public void Dispose()
    {
        _source.Changed -= OnChanged;
        _engine?.Dispose();
    }
}
