using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// Brings Teams up to a request's stored state (<see cref="RequestPublication"/>): everyone's card shows the latest
/// version, and a decision is announced once. Runs after every click on a request and from the publication sweep; any
/// number may run at once on any instance, because every write to the publication state is conditional. Connector
/// failures are logged and leave the publication behind for the sweep; nothing is thrown at the voter.
/// </summary>
public sealed class RequestPublisher(
    IApprovalStore store,
    CommissionChannel channel,
    DecisionAnnouncer announcer,
    RequestCardRenderer cards,
    TimeProvider time,
    ILogger<RequestPublisher> logger)
{
    /// <summary>
    /// How long a publisher holds the announcement. Longer than the Connector's bounded retries of the two messages can
    /// take, so a live claim is not taken over; after a crash, the sweep announces once it has passed.
    /// </summary>
    public static readonly TimeSpan AnnounceLease = TimeSpan.FromMinutes(5);

    // Every lost conditional write means someone else made progress, so a few fresh reads are enough.
    private const int MaxRounds = 10;

    /// <returns>True when the card and the announcement are caught up; false when something is left for later.</returns>
    public async Task<bool> SyncAsync(string requestId, CancellationToken cancellationToken)
    {
        try
        {
            return await CatchUpAsync(requestId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The change is committed and its publication still says what is missing: the sweep tries again.
            logger.LogError(e, "Publishing request {RequestId} failed; the publication sweep will retry", requestId);
            return false;
        }
    }

    private async Task<bool> CatchUpAsync(string requestId, CancellationToken cancellationToken)
    {
        ApprovalSnapshot? sent = null; // the newest version this call put on the card, still the latest right after
        for (var round = 0; round < MaxRounds; round++)
        {
            // Null: no such request, or one stored before publications were tracked (it counts as published).
            if (await store.GetPublicationAsync(requestId, cancellationToken) is not { Publication.IsBehind: true } stored)
            {
                return true;
            }

            var publication = stored.Publication;
            if (publication.CardIsBehind)
            {
                if (sent is null || sent.Request.Version < publication.TargetVersion)
                {
                    if (await store.GetAsync(requestId, cancellationToken) is not { } snapshot)
                    {
                        return true;
                    }

                    if (await SendLatestCardAsync(snapshot, cancellationToken) is not { } latest)
                    {
                        return false;
                    }

                    sent = latest;
                }

                // Raised, never lowered: sent is at least the target read above. A commit since then moved the token,
                // so this write loses and the next round sends the newer version.
                await store.TryReplacePublicationAsync(requestId, publication with { CardVersion = sent.Request.Version }, stored.Token,
                    cancellationToken);
                continue;
            }

            var now = time.GetUtcNow();
            if (publication.AnnounceClaimUntil > now)
            {
                return false; // another publisher is announcing it right now
            }

            var claimed = publication with { AnnounceClaimUntil = now + AnnounceLease };
            if (await store.TryReplacePublicationAsync(requestId, claimed, stored.Token, cancellationToken) is { } claimToken)
            {
                return await AnnounceAsync(requestId, claimed, claimToken, cancellationToken);
            }
        }

        logger.LogInformation("Request {RequestId} kept changing while being published; left for the next attempt", requestId);
        return false;
    }

    /// <summary>Sends the card at the request's latest version once more (see <see cref="CardSettleJob"/>).</summary>
    /// <returns>False when the Connector did not take it.</returns>
    public async Task<bool> ResendCardAsync(string requestId, CancellationToken cancellationToken)
        => await store.GetAsync(requestId, cancellationToken) is not { } snapshot
           || await SendLatestCardAsync(snapshot, cancellationToken) is not null;

    /// <summary>
    /// PUTs the card drawn from <paramref name="snapshot"/>, then reads the request again: if it moved on, PUTs the newest,
    /// so whichever PUT reaches Teams last, a PUT of the latest version follows it.
    /// </summary>
    /// <returns>The last version sent, or null when the Connector did not take it (or the request would not stop changing).</returns>
    private async Task<ApprovalSnapshot?> SendLatestCardAsync(ApprovalSnapshot snapshot, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRounds; attempt++)
        {
            var request = snapshot.Request;
            if (request.CardActivityId is not { Length: > 0 } activityId)
            {
                return snapshot; // no card to replace
            }

            var card = await cards.RenderAsync(snapshot, CardView.Base, cancellationToken);
            if (!await channel.ReplaceCardAsync(request.ConversationId, activityId, card, RequestCard.FallbackText(request), cancellationToken))
            {
                return null;
            }

            if (await store.GetAsync(request.Id, cancellationToken) is not { } after || after.Request.Version <= request.Version)
            {
                return snapshot;
            }

            snapshot = after;
        }

        return null;
    }

    /// <summary>Announces under a claim this publisher holds, then records it (or gives the claim back if nothing went out).</summary>
    private async Task<bool> AnnounceAsync(string requestId, RequestPublication claimed, string token, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(requestId, cancellationToken) is not { } snapshot
            || !await announcer.AnnounceAsync(snapshot.Request, cancellationToken))
        {
            // Nothing reached the commission, so the next attempt need not wait for the claim to expire.
            await store.TryReplacePublicationAsync(requestId, claimed with { AnnounceClaimUntil = null }, token, cancellationToken);
            return false;
        }

        var announcedAt = time.GetUtcNow();
        for (var attempt = 0; attempt < MaxRounds; attempt++)
        {
            if (await store.TryReplacePublicationAsync(requestId, claimed with { AnnouncedAt = announcedAt, AnnounceClaimUntil = null }, token,
                    cancellationToken) is not null)
            {
                logger.LogInformation("Decision on {RequestId} announced", requestId);
                return true;
            }

            // Someone else wrote in between (a card update): keep what they wrote and record the announcement on top.
            if (await store.GetPublicationAsync(requestId, cancellationToken) is not { } fresh || fresh.Publication.AnnouncedAt is not null)
            {
                return true;
            }

            (claimed, token) = (fresh.Publication, fresh.Token);
        }

        logger.LogError("The decision on {RequestId} was announced but could not be recorded; it may be announced again", requestId);
        return false;
    }
}
