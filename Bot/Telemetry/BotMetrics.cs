using System.Diagnostics.Metrics;

namespace ProgramaBot.Telemetry;

/// <summary>
/// The product's own counters (meter "ProgramaBot"), exported with the platform's when telemetry is on (see
/// <see cref="TelemetrySetup"/>). Counter.Add costs next to nothing while nobody listens, so call sites need no guard.
/// Tag values are a small fixed set: anything an outsider sends is folded to "other" (no unbounded series).
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "ProgramaBot";

    private static readonly HashSet<string> KnownActivityTypes =
        ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "messageUpdate", "messageDelete"];

    private readonly Counter<long> _activities;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _votes;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _notices;
    private readonly Counter<long> _connectorThrottled;
    private readonly Counter<long> _connectorRetries;
    private readonly Counter<long> _tokenFailures;
    private readonly Counter<long> _programmePublications;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _activities = meter.CreateCounter<long>("programabot.activities", "{activity}", "Authenticated activities received, by type");
        _answers = meter.CreateCounter<long>("programabot.answers", "{answer}", "Questions answered or declined («no lo sé»)");
        _votes = meter.CreateCounter<long>("programabot.votes", "{vote}", "Votes recorded, by choice");
        _decisions = meter.CreateCounter<long>("programabot.decisions", "{decision}", "Requests decided, by outcome");
        _notices = meter.CreateCounter<long>("programabot.notices", "{notice}", "Notice deliveries: sent, failed (offered again) or abandoned");
        _connectorThrottled = meter.CreateCounter<long>("programabot.connector.throttled", "{response}", "Bot Connector answers 429 (Teams' rate limits)");
        _connectorRetries = meter.CreateCounter<long>("programabot.connector.retries", "{retry}", "Bot Connector calls retried, by the status that caused it");
        _tokenFailures = meter.CreateCounter<long>("programabot.connector.token_failures", "{failure}", "Bot Connector tokens that could not be obtained");
        _programmePublications = meter.CreateCounter<long>("programabot.programme.publications", "{publication}", "Programmes published, by year");
    }

    public void ActivityReceived(string? type)
        => _activities.Add(1, new KeyValuePair<string, object?>("type", type is not null && KnownActivityTypes.Contains(type) ? type : "other"));

    public void AnswerGiven() => _answers.Add(1, new KeyValuePair<string, object?>("outcome", "answered"));

    public void AnswerDeclined() => _answers.Add(1, new KeyValuePair<string, object?>("outcome", "declined"));

    /// <param name="choice">The vote's word as audited, e.g. "Aprobar" / "Rechazar".</param>
    public void VoteRecorded(string choice) => _votes.Add(1, new KeyValuePair<string, object?>("choice", choice));

    public void DecisionMade(string outcome) => _decisions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void NoticeSent() => _notices.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));

    public void NoticeFailed() => _notices.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void NoticeAbandoned() => _notices.Add(1, new KeyValuePair<string, object?>("outcome", "abandoned"));

    public void ConnectorThrottled() => _connectorThrottled.Add(1);

    public void ConnectorRetried(int? status) => _connectorRetries.Add(1, new KeyValuePair<string, object?>("status", status ?? 0));

    /// <param name="source">"reply" when a Connector call lacked its token, "readiness" when the /readyz probe could not get one.</param>
    public void TokenFailed(string source) => _tokenFailures.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>A programme (of <paramref name="year"/>) was published and is now served.</summary>
    public void ProgrammePublished(int year) => _programmePublications.Add(1, new KeyValuePair<string, object?>("year", year));
}
