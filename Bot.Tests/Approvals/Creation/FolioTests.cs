using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Approvals.Creation;

/// <summary>
/// Folios a member can dictate («SOL-2026-001»): numbered per year in the commission's time zone, one per form however
/// often or wherever it is submitted, and the requests stored before folios still found, listed and voted.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class FolioTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 10, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RequestsAreNumberedInOrderAndTheCommissionsCardShowsTheFolio()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: March2026);
        await bot.JoinCommissionAsync();

        var (first, _) = await bot.CreateRequestAsync();
        var posted = ApprovalHarness.Json(bot.LastCardSentTo(ApprovalHarness.CommissionConversation));
        var (second, _) = await bot.CreateRequestAsync();
        using var api = await CreateThroughTheApiAsync(bot);
        var third = (await api.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();

        Assert.Equal(["SOL-2026-001", "SOL-2026-002", "SOL-2026-003"], [first, second, third]);
        Assert.Contains("SOL-2026-001", posted, StringComparison.Ordinal);
        Assert.Equal("/api/approvals/SOL-2026-003", api.Headers.Location!.OriginalString);
        using var read = await GetThroughTheApiAsync(bot, "SOL-2026-003");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        // Decided by two members, it is announced under its folio.
        var cardId = (await bot.Store.GetAsync(first, default))!.Request.CardActivityId;
        foreach (var member in ApprovalHarness.Members[..2])
        {
            await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "approvals.approve",
                new JsonObject { ["requestId"] = first, ["version"] = 1, ["myVote"] = "" });
        }

        var announcement = Assert.Single(bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Contains("La Comisión decidió la solicitud **SOL-2026-001**", announcement.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearIsTheCommissionsAndEachYearStartsAtOne()
    {
        // 05:30 UTC on 1 January 2027 is still 23:30 of 31 December 2026 in Durango's central-Mexico time.
        await using var bot = await ApprovalHarness.StartAsync(now: new DateTimeOffset(2027, 1, 1, 5, 30, 0, TimeSpan.Zero));
        await bot.JoinCommissionAsync();

        var lastOf2026 = (await bot.CreateRequestAsync()).RequestId;
        bot.Time.Advance(TimeSpan.FromHours(1));
        var firstOf2027 = (await bot.CreateRequestAsync()).RequestId;
        var secondOf2027 = (await bot.CreateRequestAsync()).RequestId;

        Assert.Equal(["SOL-2026-001", "SOL-2027-001", "SOL-2027-002"], [lastOf2026, firstOf2027, secondOf2027]);
    }

    [Fact]
    public async Task TheSameFormSubmittedOnTwoInstancesAtOnceIsOneRequestUnderOneFolio()
    {
        await using var first = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "Folios" + Guid.NewGuid().ToString("N")[..8],
        }, March2026);
        await using var second = first.Sibling();
        await first.JoinCommissionAsync();
        var data = FormData(Guid.NewGuid().ToString("N"));

        // Teams retried the submit and the load balancer sent each copy to another instance, twice over.
        var answers = await Task.WhenAll(new[] { first, second, first, second }.Select(bot => Task.Run(() =>
            bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "form", "approvals.submit", data))));

        Assert.All(answers, a => Assert.Contains("SOL-2026-001", ApprovalHarness.Json(a["value"]!), StringComparison.Ordinal));
        var open = Assert.Single(await first.Store.ListOpenAsync(default));
        Assert.Equal("SOL-2026-001", open.Request.Id);
        Assert.Equal("SOL-2026-002", (await second.CreateRequestAsync()).RequestId);
    }

    [Fact]
    public async Task ARequestStoredBeforeFoliosIsStillListedVotedRefreshedAndNotCreatedAgain()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: March2026);
        await bot.JoinCommissionAsync();
        // As the bot stored it before folios: its id made from its form's token.
        const string oldToken = "c9115b6a23c4d5e6f708192a3b4c5d6e";
        const string oldId = "SOL-C9115B6A23C4";
        Assert.True(await bot.Store.CreateAsync(ApprovalTestData.Request(oldId) with
        {
            ConversationId = ApprovalHarness.CommissionConversation,
            CardActivityId = "old-card",
            CreatedAt = March2026.AddDays(-20),
        }, [ApprovalTestData.Created()], default));

        // The old form submitted again after the upgrade names the old request, takes no folio and posts nothing.
        var resubmitted = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "form", "approvals.submit", FormData(oldToken));
        Assert.Contains(oldId, ApprovalHarness.Json(resubmitted["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.PostsTo(ApprovalHarness.CommissionConversation), c => c.Body?["attachments"] is not null);
        var (newId, _) = await bot.CreateRequestAsync();
        Assert.Equal("SOL-2026-001", newId);

        // «mis pendientes» lists both; the member votes on the old one from there and its card is refreshed.
        var member = ApprovalHarness.Members[0];
        (await bot.SendTextAsync(member, ApprovalHarness.PersonalChat, "mis pendientes")).EnsureSuccessStatusCode();
        var cards = bot.PostsTo(ApprovalHarness.PersonalChat).Select(p => p.Body?["attachments"]?[0]?["content"]).OfType<JsonNode>().ToList();
        Assert.Contains(cards, c => ApprovalHarness.Json(c).Contains(newId, StringComparison.Ordinal));
        var oldCard = Assert.Single(cards, c => ApprovalHarness.Json(c).Contains(oldId, StringComparison.Ordinal));
        var approve = (JsonObject)ApprovalHarness.Action(oldCard, "approvals.approve")["data"]!.DeepClone();
        var answer = await bot.InvokeAsync(member, ApprovalHarness.PersonalChat, null, "approvals.approve", approve);

        Assert.Contains(VoteMessages.Recorded(VoteChoice.Approve), ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        Assert.Contains((await bot.Store.GetAsync(oldId, default))!.Votes, v => v.MemberKey == member.AadObjectId);
        Assert.NotEmpty(bot.CardUpdates("old-card"));
        Assert.Equal(2, ApprovalHarness.CardVersion(bot.CardUpdates("old-card")[^1]));
        var refreshed = await bot.InvokeAsync(ApprovalHarness.Members[1], ApprovalHarness.CommissionConversation, "old-card", "refresh",
            new JsonObject { ["requestId"] = oldId, ["version"] = 1, ["myVote"] = "" }, automatic: true);
        Assert.True(ApprovalHarness.HasAction(refreshed["value"]!, "approvals.approve"));
        using var read = await GetThroughTheApiAsync(bot, oldId);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(await bot.Services.GetRequiredService<IRequestFolios>().FindAsync(oldToken, default));
    }

    private static JsonObject FormData(string token)
    {
        var data = new JsonObject { ["kind"] = "dictamen-incentivos", ["formId"] = token };
        foreach (var (key, value) in ApprovalTestData.DictamenFields())
        {
            data[key] = value;
        }

        return data;
    }

    private static async Task<HttpResponseMessage> CreateThroughTheApiAsync(ApprovalHarness bot)
    {
        var body = new JsonObject
        {
            ["kind"] = "dictamen-incentivos",
            ["fields"] = new JsonObject([.. ApprovalTestData.DictamenFields().Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))]),
        };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/approvals")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("X-Api-Key", ApprovalHarness.ApiKey);
        var response = await bot.Client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response;
    }

    private static async Task<HttpResponseMessage> GetThroughTheApiAsync(ApprovalHarness bot, string id)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/approvals/{id}");
        get.Headers.Add("X-Api-Key", ApprovalHarness.ApiKey);
        return await bot.Client.SendAsync(get);
    }
}
