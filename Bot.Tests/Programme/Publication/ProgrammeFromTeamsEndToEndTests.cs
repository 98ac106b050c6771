using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Programme.Publication.Chat;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>
/// The acceptance path: the Secretario Técnico sends the 2026 programme in a personal chat (a local server plays Teams'
/// downloadUrl), reviews it, submits it; two members approve; both instances behind the load balancer, sharing Azure
/// Table Storage (Azurite), answer the next «¿cuándo es la próxima sesión?» from it, without a restart.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class ProgrammeFromTeamsEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public static readonly DateTimeOffset January2026 = new(2026, 1, 10, 17, 0, 0, TimeSpan.Zero);
    private const string NextSession = "¿cuándo es la próxima sesión?";

    private readonly ConcurrentQueue<string> _downloadAuthorizations = new();
    private WebApplication? _files;
    private string _filesUrl = "";

    public async Task InitializeAsync()
    {
        var document = await File.ReadAllBytesAsync(Repo.PathOf("Bot.Tests", "Programme", "Publication", "Data", "programa-2026.md"));
        (_files, _filesUrl) = await LocalServer.StartAsync(app => app.MapGet("/descargas/{token}", (HttpRequest request) =>
        {
            _downloadAuthorizations.Enqueue(request.Headers.Authorization.ToString());
            return Results.Bytes(document, "application/octet-stream");
        }));
    }

    public async Task DisposeAsync() => await _files!.DisposeAsync();

    [Fact]
    public async Task AProgrammeSentInChatIsReviewedVotedAndServedByBothInstancesWithoutRestart()
    {
        await using var first = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "Pat" + Guid.NewGuid().ToString("N")[..8],
            ["Programme:Publication:RefreshInterval"] = "00:00:05",
        }, January2026);
        await using var second = first.Sibling();
        await first.JoinCommissionAsync();
        Assert.DoesNotContain("febrero de 2026", await AskAsync(second, NextSession), StringComparison.Ordinal);

        // The file arrives in the Secretario Técnico's personal chat; the bot downloads it without its Connector token.
        (await first.PostActivityAsync(FileMessage($"{_filesUrl}/descargas/{Guid.NewGuid():N}", "programa-2026.md"),
            ApprovalHarness.Secretario, ApprovalHarness.PersonalChat)).EnsureSuccessStatusCode();
        Assert.Equal([""], _downloadAuthorizations);
        var review = first.LastCardSentTo(ApprovalHarness.PersonalChat);
        var reviewText = ApprovalHarness.Json(review);
        Assert.Contains("Revisión del Programa Anual de Trabajo", reviewText, StringComparison.Ordinal);
        Assert.Contains("Sesión Ordinaria I: 17 de febrero de 2026 (sin hora)", reviewText, StringComparison.Ordinal);
        Assert.Contains("Sesión Ordinaria III: octubre de 2026", reviewText, StringComparison.Ordinal);
        Assert.Contains("Párrafos que no se ubicaron (0)", reviewText, StringComparison.Ordinal);

        // Submitted from the other instance: the draft is in shared storage, the card carries only its id.
        var submit = ApprovalHarness.Action(review, ProgrammeReviewCard.SubmitVerb);
        var draftId = submit["data"]!["draftId"]!.GetValue<string>();
        var submitted = await second.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "review-card", ProgrammeReviewCard.SubmitVerb,
            (JsonObject)submit["data"]!.DeepClone());
        Assert.Contains("Programa sometido a la Comisión", ApprovalHarness.Json(submitted["value"]!), StringComparison.Ordinal);
        var requestId = await second.FolioOfAsync(draftId);
        Assert.Equal("SOL-2026-001", requestId);
        Assert.Contains(requestId, ApprovalHarness.Json(submitted["value"]!), StringComparison.Ordinal);
        var request = (await first.Store.GetAsync(requestId, default))!.Request;
        Assert.Equal("Programa Anual de Trabajo 2026", request.Title);

        // The commission's card shows the summary but not the draft's id; two of three members approve, one on each instance.
        var posted = first.LastCardSentTo(ApprovalHarness.CommissionConversation);
        Assert.Contains("Sesión Ordinaria II: junio de 2026", ApprovalHarness.Json(posted), StringComparison.Ordinal);
        Assert.DoesNotContain(draftId, ApprovalHarness.Json(posted), StringComparison.Ordinal);
        await ApproveAsync(first, ApprovalHarness.Members[0], posted, request.CardActivityId!);
        Assert.DoesNotContain("febrero de 2026", await AskAsync(first, NextSession), StringComparison.Ordinal);
        await ApproveAsync(second, ApprovalHarness.Members[1], posted, request.CardActivityId!);

        // The deciding instance published it; its announcement went out once the programme was in storage.
        Assert.Equal(RequestStatus.Approved, (await first.Store.GetAsync(requestId, default))!.Request.Status);
        Assert.Single(first.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        var history = await second.Services.GetRequiredService<IProgrammeStore>().ListPublishedAsync(default);
        var publication = Assert.Single(history);
        Assert.Equal((2026, requestId, ApprovalHarness.Secretario.Name), (publication.Year, publication.RequestId, publication.SubmittedBy));
        Assert.Null(await first.Services.GetRequiredService<IProgrammeStore>().GetDraftAsync(draftId, default));

        // Both instances answer from the new programme: the one that published at once, the other after its next check.
        first.Time.Advance(TimeSpan.FromSeconds(5));
        second.Time.Advance(TimeSpan.FromSeconds(5));
        foreach (var bot in new[] { second, first })
        {
            var answer = await EventuallyAskAsync(bot, NextSession, "febrero de 2026");
            Assert.Contains("Sesión Ordinaria I", answer, StringComparison.Ordinal);
            Assert.Contains("junio de 2021", await AskAsync(bot, "¿cuándo es la sesión ordinaria II del programa 2021?"), StringComparison.Ordinal);
        }

        // Its sessions are what reminders now work from: the day without an hour is kept as a day.
        var schedule = await first.Services.GetRequiredService<EffectiveSchedule>().ListAsync(default);
        var ordinaryOne = Assert.Single(schedule, e => e.Key == "ordinaria-1");
        Assert.Equal((2026, new DateOnly(2026, 2, 17), (DateTimeOffset?)null), (ordinaryOne.Year, ordinaryOne.Day!.Value, ordinaryOne.At));
    }

    [Fact]
    public async Task SomeoneOtherThanTheSecretarioIsRefusedPolitelyAndNothingIsDownloaded()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: January2026);

        (await bot.PostActivityAsync(FileMessage($"{_filesUrl}/descargas/x", "programa-2026.docx"), ApprovalHarness.Outsider, "a:outsider-chat"))
            .EnsureSuccessStatusCode();

        Assert.Empty(_downloadAuthorizations);
        var reply = bot.PostsTo("a:outsider-chat")[^1].Body!["text"]!.GetValue<string>();
        Assert.Contains("Solo el Secretario Técnico de la Comisión puede cargar el Programa Anual de Trabajo", reply, StringComparison.Ordinal);
    }

    public static JsonObject FileMessage(string downloadUrl, string name) => new()
    {
        ["type"] = "message",
        ["text"] = "",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl,
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        }),
    };

    private static async Task ApproveAsync(ApprovalHarness bot, ApprovalHarness.Person member, JsonNode posted, string cardId)
    {
        var refresh = (JsonObject)posted["refresh"]!["action"]!["data"]!.DeepClone();
        var ballot = await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "refresh", refresh, automatic: true);
        var approve = ApprovalHarness.Action(ballot["value"]!, "approvals.approve");
        await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "approvals.approve", (JsonObject)approve["data"]!.DeepClone());
    }

    /// <summary>Asks in a member's personal chat and returns the reply's text (or a card's summary).</summary>
    private static async Task<string> AskAsync(ApprovalHarness bot, string question)
    {
        const string chat = "a:member-three-personal";
        var before = bot.PostsTo(chat).Count;
        (await bot.SendTextAsync(ApprovalHarness.Members[2], chat, question)).EnsureSuccessStatusCode();
        var reply = bot.PostsTo(chat).Skip(before).Last().Body!;
        return (reply["text"] ?? reply["summary"])!.GetValue<string>();
    }

    /// <summary>The rebuild of the answer index runs off the request path: ask again (for at most 30 s) until it shows.</summary>
    private static async Task<string> EventuallyAskAsync(ApprovalHarness bot, string question, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string answer;
        do
        {
            answer = await AskAsync(bot, question);
            if (answer.Contains(expected, StringComparison.Ordinal))
            {
                return answer;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"After 30 s the answer still is: {answer}");
    }
}
