using System.Net;

namespace ProgramaBot.BotFramework.Connector;

public enum ConnectorOutcome
{
    Ok,

    /// <summary>403 BotNotInConversationRoster / ConversationBlockedByUser / MessageWritesBlocked: stop sending there.</summary>
    ReferenceInactive,

    /// <summary>404 ConversationNotFound / ActivityNotFoundInConversation.</summary>
    NotFound,

    /// <summary>413 MessageSizeTooBig.</summary>
    TooLarge,

    /// <summary>Still 412/429/5xx after the bounded retries.</summary>
    Throttled,

    /// <summary>No HTTP answer: connection refused, DNS, or the per-attempt timeout.</summary>
    Unreachable,

    Failed,
}

/// <summary>What a Connector call came to; callers branch on <see cref="Outcome"/> instead of catching.</summary>
public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, HttpStatusCode? Status = null, string? ErrorCode = null)
{
    public bool IsOk => Outcome == ConnectorOutcome.Ok;

    public static ConnectorResult<T> Ok(T value) => new(ConnectorOutcome.Ok, value, HttpStatusCode.OK);

    public T ValueOrThrow() => IsOk
        ? Value!
        : throw new ConnectorException($"Bot Connector call failed: {Outcome} (HTTP {(int?)Status}, {ErrorCode ?? "no code"})", Outcome);
}

public sealed class ConnectorException(string message, ConnectorOutcome outcome) : Exception(message)
{
    public ConnectorOutcome Outcome { get; } = outcome;
}
