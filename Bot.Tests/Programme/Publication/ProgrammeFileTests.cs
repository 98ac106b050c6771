using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Programme.Publication.Chat;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>Files sent to the bot that do not become a programme, the download's limits, and a rejected programme.</summary>
public sealed class ProgrammeFileTests : IAsyncLifetime
{
    private WebApplication? _files;
    private string _url = "";

    public async Task InitializeAsync()
    {
        var programme = await File.ReadAllBytesAsync(Repo.PathOf("Bot.Tests", "Programme", "Publication", "Data", "programa-2026.md"));
        (_files, _url) = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/programa", () => Results.Bytes(programme, "application/octet-stream"));
            app.MapGet("/lista", () => Results.Bytes("Lista del súper: leche, pan, huevos."u8.ToArray(), "text/plain"));
            app.MapGet("/caducado", () => Results.StatusCode(StatusCodes.Status403Forbidden));
        });
    }

    public async Task DisposeAsync() => await _files!.DisposeAsync();

    [Fact]
    public async Task AFileThatIsNotAProgrammeGetsTheImportersMessageAndNoDraft()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);

        await SendFileAsync(bot, _url + "/lista", "lista.txt");

        var reply = LastText(bot);
        Assert.StartsWith("No pude importar «lista.txt»: ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.PostsTo(ApprovalHarness.PersonalChat), c => c.Body?["attachments"] is not null);
    }

    [Fact]
    public async Task ALinkThatNoLongerWorksIsExplainedPolitely()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);

        await SendFileAsync(bot, _url + "/caducado", "programa.docx");

        Assert.Equal(ProgrammeFileDownloader.Unreadable, LastText(bot));
    }

    [Fact]
    public async Task OutsideDevelopmentOnlyHttpsIsDownloadedAndTheSizeIsCapped()
    {
        using var http = new HttpClient();
        var production = new Downloader(http, maxBytes: 1024, development: false);
        var development = new Downloader(http, maxBytes: 1024, development: true);

        var plain = await Assert.ThrowsAsync<ProgrammeDownloadException>(() => production.DownloadAsync(_url + "/programa", default));
        var large = await Assert.ThrowsAsync<ProgrammeDownloadException>(() => development.DownloadAsync(_url + "/programa", default));

        Assert.Contains("no es válido", plain.Message, StringComparison.Ordinal);
        Assert.Contains("demasiado grande", large.Message, StringComparison.Ordinal);
        Assert.Equal("Lista del súper: leche, pan, huevos."u8.ToArray(), await development.DownloadAsync(_url + "/lista", default));
    }

    [Fact]
    public async Task ARejectedProgrammeChangesNothing()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);
        await bot.JoinCommissionAsync();
        await SendFileAsync(bot, _url + "/programa", "programa-2026.md");
        var submit = ApprovalHarness.Action(bot.LastCardSentTo(ApprovalHarness.PersonalChat), ProgrammeReviewCard.SubmitVerb);
        await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "review", ProgrammeReviewCard.SubmitVerb,
            (JsonObject)submit["data"]!.DeepClone());
        var requestId = await bot.FolioOfAsync(submit["data"]!["draftId"]!.GetValue<string>());
        var cardId = (await bot.Store.GetAsync(requestId, default))!.Request.CardActivityId!;

        foreach (var member in ApprovalHarness.Members.Take(2))
        {
            var refresh = (JsonObject)bot.LastCardSentTo(ApprovalHarness.CommissionConversation)["refresh"]!["action"]!["data"]!.DeepClone();
            var ballot = await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "refresh", refresh, automatic: true);
            var reject = ApprovalHarness.Action(ballot["value"]!, "approvals.reject");
            await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "approvals.reject", (JsonObject)reject["data"]!.DeepClone());
        }

        Assert.Equal(RequestStatus.Rejected, (await bot.Store.GetAsync(requestId, default))!.Request.Status);
        Assert.Single(bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Empty(await bot.Services.GetRequiredService<IProgrammeStore>().ListPublishedAsync(default));
        Assert.Null(bot.Services.GetRequiredService<ProgramaBot.Programme.IProgrammeSource>().Current.ForYear(2026));
    }

    private static async Task SendFileAsync(ApprovalHarness bot, string url, string name)
        => (await bot.PostActivityAsync(ProgrammeFromTeamsEndToEndTests.FileMessage(url, name), ApprovalHarness.Secretario, ApprovalHarness.PersonalChat))
            .EnsureSuccessStatusCode();

    private static string LastText(ApprovalHarness bot) => bot.PostsTo(ApprovalHarness.PersonalChat)[^1].Body!["text"]!.GetValue<string>();

    private sealed class Downloader(HttpClient http, int maxBytes, bool development)
    {
        private readonly ProgrammeFileDownloader _inner = new(http, Options.Create(new PublicationOptions { MaxFileBytes = maxBytes }),
            new Environment(development ? Environments.Development : Environments.Production), TimeProvider.System);

        public Task<byte[]> DownloadAsync(string url, CancellationToken cancellationToken) => _inner.DownloadAsync(url, cancellationToken);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "ProgramaBot.Tests";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
