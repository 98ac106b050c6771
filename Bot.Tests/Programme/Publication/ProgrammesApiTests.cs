using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>POST /api/programmes: IT staff upload the document; it is imported and submitted to the commission at once.</summary>
public sealed class ProgrammesApiTests
{
    private static readonly string Document = Repo.PathOf("Bot.Tests", "Programme", "Publication", "Data", "programa-2026.md");

    [Fact]
    public async Task AnUploadedDocumentBecomesARequestAndTheAnswerCarriesTheReport()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);
        await bot.JoinCommissionAsync();

        using var response = await PostAsync(bot, await File.ReadAllBytesAsync(Document), "programa-2026.md", ApprovalHarness.ApiKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        var requestId = body["requestId"]!.GetValue<string>();
        Assert.Equal(2026, body["year"]!.GetValue<int>());
        Assert.Contains(body["report"]!["parts"]!.AsArray(), p => p!["label"]!.GetValue<string>() == "Líneas de acción" && p["count"]!.GetValue<int>() == 2);
        var request = (await bot.Store.GetAsync(requestId, default))!.Request;
        Assert.Equal(("programa-anual", "api", ProgramaBot.Programme.Publication.Api.ProgrammesEndpoints.DefaultRequester),
            (request.KindId, request.Source, request.RequestedBy));
        Assert.NotNull(await bot.Services.GetRequiredService<IProgrammeStore>().GetDraftAsync(request.Fields["borrador"], default));
        Assert.Contains("Programa Anual de Trabajo 2026", ApprovalHarness.Json(bot.LastCardSentTo(ApprovalHarness.CommissionConversation)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotAProgrammeIsA400WithTheImportersMessageAndNothingIsCreated()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);
        await bot.JoinCommissionAsync();

        using var response = await PostAsync(bot, "Lista del súper: leche, pan, huevos."u8.ToArray(), "lista.txt", ApprovalHarness.ApiKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.Empty(bot.PostsTo(ApprovalHarness.CommissionConversation));
    }

    [Fact]
    public async Task WithoutTheKeyOrWithoutAFileTheApiSaysWhy()
    {
        await using var bot = await ApprovalHarness.StartAsync(now: ProgrammeFromTeamsEndToEndTests.January2026);

        using var noKey = await PostAsync(bot, await File.ReadAllBytesAsync(Document), "programa-2026.md", apiKey: null);
        using var json = await bot.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/programmes")
        {
            Headers = { { "X-Api-Key", ApprovalHarness.ApiKey } },
            Content = JsonContent.Create(new { file = "programa.docx" }),
        });
        using var noFile = await bot.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/programmes")
        {
            Headers = { { "X-Api-Key", ApprovalHarness.ApiKey } },
            Content = new MultipartFormDataContent { { new StringContent("Alguien"), "requestedBy" } },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("«file»", await noFile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(ApprovalHarness bot, byte[] file, string name, string? apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/programmes")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } },
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return bot.Client.SendAsync(request);
    }
}
