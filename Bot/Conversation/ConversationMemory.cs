namespace ProgramaBot.Conversation;

/// <summary>
/// A short memory per conversation: the last subject, forgotten after <see cref="Lifetime"/> so an old thread does not
/// steer a new question. The subject lives in the shared store, read once per message; asking about the subject that
/// is stored already (the same question again, «¿cuándo es?» after a session) does not write it again within
/// <see cref="RefreshAfter"/> of when it was stored.
/// </summary>
public sealed class ConversationMemory(IConversationSubjectStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a stored subject is kept as stored when asked about again. Recalling still counts
    /// <see cref="Lifetime"/> from when it was stored, so the memory lasts between <see cref="Lifetime"/> minus this
    /// and <see cref="Lifetime"/> after the last question about it (before this was kept, exactly <see cref="Lifetime"/>),
    /// never longer than it did.
    /// </summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    /// <summary>The conversation's subject as this message found it in the store, and whether it is still remembered.</summary>
    public readonly record struct Recollection(ConversationSubject? Stored, ConversationSubject? Subject);

    public async Task<ConversationSubject?> RecallAsync(string? conversationId, CancellationToken cancellationToken)
        => (await ReadAsync(conversationId, cancellationToken)).Subject;

    /// <summary>As <see cref="RecallAsync"/>, with what was stored: give it to RememberAsync after answering.</summary>
    public async Task<Recollection> ReadAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId) || await store.GetAsync(conversationId, cancellationToken) is not { } stored)
        {
            return default;
        }

        return new(stored, time.GetUtcNow() - stored.At <= Lifetime ? stored : null);
    }

    /// <summary>
    /// Stores <paramref name="subject"/>; given what this same message read from the store (<see cref="ReadAsync"/>),
    /// not when it is that subject, stored less than <see cref="RefreshAfter"/> ago. Why skipping stays correct with several
    /// instances: the decision rests on this message's own read, never on what this instance remembers, so it only
    /// ever skips writing what the store held an instant ago. Another instance writing between that read and this
    /// write is the race every answer already had (the last write wins, then as now); a skipped write leaves a subject
    /// at most <see cref="RefreshAfter"/> older (see there).
    /// </summary>
    public Task RememberAsync(string? conversationId, ConversationSubject subject, CancellationToken cancellationToken)
        => RememberAsync(conversationId, subject, default, cancellationToken);

    /// <inheritdoc cref="RememberAsync(string?, ConversationSubject, CancellationToken)"/>
    public Task RememberAsync(string? conversationId, ConversationSubject subject, Recollection recalled, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return Task.CompletedTask;
        }

        return recalled.Stored is { } stored && IsSame(stored, subject) && subject.At - stored.At < RefreshAfter && subject.At >= stored.At
            ? Task.CompletedTask
            : store.UpsertAsync(conversationId, subject, cancellationToken);
    }

    private static bool IsSame(ConversationSubject stored, ConversationSubject subject)
        => stored.Kind == subject.Kind && stored.Number == subject.Number && stored.Year == subject.Year;
}
