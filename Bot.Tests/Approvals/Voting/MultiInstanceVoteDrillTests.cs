using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Approvals.Voting;

/// <summary>
/// Issue 7, drill 1: two instances sharing Azure Table Storage (Azurite); 3 members vote on 200 requests at once,
/// their clicks spread across both instances. Every accepted vote is recorded once, every request decided once and
/// announced once, every recorded vote sent a card update, and the last update of every card shows its stored version.
/// </summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "Drill")]
public sealed class MultiInstanceVoteDrillTests(AzuriteFixture azurite)
{
    private const int Requests = 200;

    [Fact]
    public async Task ThreeMembersOnTwoHundredRequestsAcrossTwoInstancesAreCountedAndDecidedOnce()
    {
        await using var first = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "VoteDrill" + Guid.NewGuid().ToString("N")[..8],
            // ~1,000 messages into one conversation would wait ~9 minutes on Teams' 60 per 30 s; this drill is about
            // counting, and clicks under that pacing are PacedCardUpdateTests' subject. The global limit stays.
            ["Connector:Pacing:PerConversation:0:Count"] = "1000",
            ["Connector:Pacing:PerConversation:0:Window"] = "00:00:01",
        });
        await using var second = first.Sibling();
        var instances = new[] { first, second };
        await first.JoinCommissionAsync();

        var requests = new List<(string Id, string CardId, JsonObject RefreshData)>();
        for (var i = 0; i < Requests; i++)
        {
            var (id, cardId) = await instances[i % 2].CreateRequestAsync();
            var posted = first.LastCardSentTo(ApprovalHarness.CommissionConversation);
            requests.Add((id, cardId, (JsonObject)posted["refresh"]!["action"]!["data"]!.DeepClone()));
        }

        // Created on alternating instances, the requests are numbered one after another with no number twice.
        Assert.Equal(Enumerable.Range(1, Requests).Select(n => RequestIds.Folio(2021, n)), requests.Select(r => r.Id));

        // Member 1 approves, member 2 rejects, member 3 approves; each click lands on either instance.
        var votes = requests.SelectMany((r, i) => ApprovalHarness.Members.Select((m, j) =>
            (Request: r, Member: m, Verb: j == 1 ? "approvals.reject" : "approvals.approve", Instance: instances[(i + j) % 2])));
        var accepted = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(votes, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (v, _) =>
        {
            var conversation = ApprovalHarness.CommissionConversation;
            var ballot = await v.Instance.InvokeAsync(v.Member, conversation, v.Request.CardId, "refresh", v.Request.RefreshData, automatic: true);
            if (!ApprovalHarness.HasAction(ballot["value"]!, v.Verb))
            {
                return; // decided before this member's client refreshed: no ballot, nothing to click
            }

            var data = (JsonObject)ApprovalHarness.Action(ballot["value"]!, v.Verb)["data"]!.DeepClone();
            var answer = ApprovalHarness.Json((await v.Instance.InvokeAsync(v.Member, conversation, v.Request.CardId, v.Verb, data))["value"]!);
            if (!answer.Contains("ya fue decidida", StringComparison.Ordinal))
            {
                accepted.AddOrUpdate(v.Request.Id, 1, (_, n) => n + 1);
            }
        });

        // A click answers after Approvals:PublishWait at most; updates still on their way finish on their own.
        for (var i = 0; i < 600 && (await first.Store.ListBehindPublicationsAsync(default)).Count > 0; i++)
        {
            await Task.Delay(500);
        }

        var announcements = first.AnnouncementsTo(ApprovalHarness.CommissionConversation);
        var toRequester = first.AnnouncementsTo(ApprovalHarness.PersonalChat);
        foreach (var (id, cardId, _) in requests)
        {
            var snapshot = (await first.Store.GetAsync(id, default))!;
            Assert.Equal(RequestStatus.Approved, snapshot.Request.Status);
            Assert.Equal(accepted.GetValueOrDefault(id), snapshot.Votes.Count);
            Assert.InRange(snapshot.Votes.Count, 2, 3);
            Assert.Single(await first.Store.GetAuditAsync(id, default), a => a.Action == AuditEntry.Decided);

            // Votes that cross are coalesced: a publisher that finds the card already at the newest version sends
            // nothing, and one that sent an older version sends the newest after it. So the number of updates is not
            // one per vote; what every member sees in the end — the update that landed last — is the stored version.
            var updates = first.CardUpdates(cardId);
            Assert.NotEmpty(updates);
            Assert.All(updates, u => Assert.InRange(ApprovalHarness.CardVersion(u), 2, snapshot.Request.Version));
            Assert.Equal(snapshot.Request.Version, ApprovalHarness.CardVersion(updates[^1]));
            Assert.Single(announcements, c => Names(c, id));
            Assert.Single(toRequester, c => Names(c, id));
            var publication = (await first.Store.GetPublicationAsync(id, default))!.Publication;
            Assert.False(publication.IsBehind, $"{id}: {publication}");
        }

        Assert.Empty(await first.Store.ListBehindPublicationsAsync(default));
    }

    private static bool Names(Fakes.FakeBotConnector.ConnectorCall announcement, string requestId)
        => announcement.Body!["text"]!.GetValue<string>().Contains($"**{requestId}**", StringComparison.Ordinal);
}
