using Microsoft.Extensions.Options;

namespace ProgramaBot.Programme.Publication;

/// <summary>
/// The configured files overlaid with the programmes published through the commission (a published year replaces the
/// file's programme for that year; the latest publication of a year wins). Every instance polls a cheap count on a
/// timer and rebuilds its catalog when it moves, so a publication anywhere is served everywhere within
/// <see cref="PublicationOptions.RefreshInterval"/>, without a restart. A stored programme that cannot be read or is
/// invalid is logged and skipped: the year keeps its previous programme, and answering never stops.
/// </summary>
public sealed class StoredProgrammeSource(
    ProgrammeCatalog files,
    IProgrammeStore store,
    TimeProvider time,
    IOptions<PublicationOptions> options,
    ILogger<StoredProgrammeSource> logger) : IProgrammeSource, IDisposable
{
    private readonly ProgrammeCatalog _files = files;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile ProgrammeCatalog _current = files;
    private long? _seenCount;
    private ITimer? _timer;

    public ProgrammeCatalog Current => _current;

    public event Action<ProgrammeCatalog>? Changed;

    /// <summary>
    /// Loads what is published before the first question (storage down: the files serve, and the timer retries), then
    /// polls. Started by the programme's start-up check.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        var interval = options.Value.RefreshInterval;
        _timer = time.CreateTimer(_ => _ = RefreshAsync(CancellationToken.None), null, interval, interval);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Reads storage if anything was published since the last look; never throws (failures are logged).</summary>
    /// <returns>True when the catalog changed.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        // A tick while the previous one still runs is skipped: the next one looks again.
        if (!await _refreshing.WaitAsync(0, cancellationToken))
        {
            return false;
        }

        try
        {
            var count = await store.CountPublishedAsync(cancellationToken);
            if (count == _seenCount)
            {
                return false;
            }

            var catalog = Build(await store.ListPublishedAsync(cancellationToken));
            _seenCount = count;
            if (SameProgrammes(catalog, _current))
            {
                return false;
            }

            _current = catalog;
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Programmes now served: {Years}", string.Join(", ", catalog.All.Select(p => $"{p.Year} «{p.ShortTitle}»")));
            }

            Changed?.Invoke(catalog);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Published programmes could not be read; the programmes already loaded keep being served");
            return false;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private ProgrammeCatalog Build(IReadOnlyList<PublishedProgramme> published)
    {
        var byYear = _files.All.ToDictionary(p => p.Year);
        foreach (var publication in published.OrderBy(p => p.PublishedAt))
        {
            try
            {
                var programme = ProgrammeLoader.Parse(publication.ProgrammeJson, $"publicación {publication.RequestId}");
                if (programme.Year != publication.Year)
                {
                    throw new ProgrammeFileException(publication.RequestId, [new("year", $"{programme.Year} stored as {publication.Year}")]);
                }

                byYear[programme.Year] = programme;
            }
            catch (ProgrammeFileException e)
            {
                logger.LogError(e, "Published programme {RequestId} ({Year}) is invalid and is not served", publication.RequestId, publication.Year);
            }
        }

        return new ProgrammeCatalog([.. byYear.Values]);
    }

    private static bool SameProgrammes(ProgrammeCatalog a, ProgrammeCatalog b)
        => a.All.Count == b.All.Count && a.All.Zip(b.All).All(pair => ReferenceEquals(pair.First, pair.Second)
            || ProgramaBot.Programme.Import.ProgrammeJson.Write(pair.First) == ProgramaBot.Programme.Import.ProgrammeJson.Write(pair.Second));

    public void Dispose()
    {
        _timer?.Dispose();
        _refreshing.Dispose();
    }
}
