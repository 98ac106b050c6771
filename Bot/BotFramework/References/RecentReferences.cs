using System.Collections.Concurrent;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.References;

/// <summary>
/// The routes this instance has recently read from or written to storage, each trusted for <see cref="Lifetime"/>:
/// a message whose route matches one of them needs neither a read nor a write of its conversation reference.
/// </summary>
/// <remarks>
/// Why a short-lived, per-instance memory is correct with several instances sharing the store: it only ever
/// *skips* a write that would store what this instance last saw stored. The store changes under it in three ways:
/// another instance writes a newer route (then the store holds the newer route, which is right, and a message
/// carrying that newer route here misses the cache, reads, and finds it); the reference is deleted (uninstall,
/// team deleted: a message from a conversation the bot has left is not expected, and install and restore events
/// never use this cache); or a proactive send marks it inactive after a 403 (a message from that conversation
/// would have reactivated it at once; now it does at the first message after the entry expires). Each case
/// converges within <see cref="Lifetime"/>, and nothing that storage holds is ever overwritten with an older route.
/// </remarks>
internal sealed class RecentReferences(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Bounded against a flood of made-up conversation ids: past it, the memory starts over.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>True when storage held this same route less than <see cref="Lifetime"/> ago, as far as this instance knows.</summary>
    public bool IsKnown(ConversationReference reference)
        => _entries.TryGetValue(reference.ConversationId, out var entry)
           && entry.FreshUntil > time.GetUtcNow()
           && entry.Reference.IsSameRouteAs(reference);

    /// <summary>
    /// <see cref="IsKnown(ConversationReference)"/> of the reference <see cref="ConversationReference.From"/> would make of
    /// <paramref name="activity"/>, without making it (every message asks this); false when it would make none.
    /// </summary>
    public bool IsKnown(Activity activity)
        => activity.Conversation?.Id is { Length: > 0 } conversationId
           && activity.ServiceUrl is { Length: > 0 } serviceUrl
           && _entries.TryGetValue(conversationId, out var entry)
           && entry.FreshUntil > time.GetUtcNow()
           && entry.Reference.IsSameRouteAs(serviceUrl, activity.Recipient?.Id, isActive: true, ConversationReference.TenantOf(activity));

    public void Remember(ConversationReference stored)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[stored.ConversationId] = new Entry(stored, time.GetUtcNow() + Lifetime);
    }

    public void Forget(string conversationId) => _entries.TryRemove(conversationId, out _);

    private sealed record Entry(ConversationReference Reference, DateTimeOffset FreshUntil);
}
