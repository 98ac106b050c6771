namespace ProgramaBot.Conversation;

/// <summary>A short memory per conversation: the last subject, forgotten after <see cref="Lifetime"/> so an old thread does not steer a new question.</summary>
public sealed class ConversationMemory(IConversationSubjectStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public async Task<ConversationSubject?> RecallAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId) || await store.GetAsync(conversationId, cancellationToken) is not { } subject)
        {
            return null;
        }

        return time.GetUtcNow() - subject.At <= Lifetime ? subject : null;
    }

    public Task RememberAsync(string? conversationId, ConversationSubject subject, CancellationToken cancellationToken)
        => string.IsNullOrEmpty(conversationId) ? Task.CompletedTask : store.UpsertAsync(conversationId, subject, cancellationToken);
}
