namespace ProgramaBot.Reminders.Delivery;

public enum DeliveryState
{
    /// <summary>Offered to a send job; held by it until <see cref="DeliveryRecord.LeaseUntil"/>.</summary>
    Pending,
    Sent,

    /// <summary>Given up for good (reference inactive, notice superseded, too many attempts).</summary>
    Abandoned,
}

/// <summary>The sent-notice log: one row per (notice, target), written only under optimistic concurrency.</summary>
public sealed record DeliveryRecord(
    string NoticeId,
    string Target,
    DeliveryState State,
    int Attempts,
    DateTimeOffset LeaseUntil,
    DateTimeOffset UpdatedAt,
    string? ActivityId = null,
    string? Note = null)
{
    public bool IsSettled => State is DeliveryState.Sent or DeliveryState.Abandoned;
}

/// <summary>The scan's verdict: offer this (notice, target) to a send job, replacing <see cref="ExpectedVersion"/> if any.</summary>
public sealed record DeliveryDecision(string NoticeId, string Target, int Attempts, string? ExpectedVersion, bool IsExhausted = false);
