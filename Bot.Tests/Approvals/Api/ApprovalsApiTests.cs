using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Approvals.Api;

/// <summary>POST/GET /api/approvals: the key, the answers to bad input (never a 500), and what a created request looks like.</summary>
public sealed class ApprovalsApiTests
{
    [Fact]
    public async Task ValidRequestIsCreatedPostedAndReadableWithVotesAndAudit()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();

        using var created = await SendAsync(bot, Body("dictamen-incentivos", ApprovalTestData.DictamenFields(), requestedBy: "Sistema SIISPEN"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
        Assert.Equal($"/api/approvals/{id}", created.Headers.Location!.OriginalString);
        Assert.Contains(bot.PostsTo(ApprovalHarness.CommissionConversation), c => c.Body?["attachments"] is not null);

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/approvals/{id}");
        get.Headers.Add("X-Api-Key", ApprovalHarness.ApiKey);
        using var read = await bot.Client.SendAsync(get);
        var view = (await read.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Open", view["request"]!["status"]!.GetValue<string>());
        Assert.Equal("Sistema SIISPEN", view["request"]!["requestedBy"]!.GetValue<string>());
        Assert.Empty(view["votes"]!.AsArray());
        Assert.Equal(3, view["tally"]!["pending"]!.AsArray().Count);
        Assert.Equal(["created", "posted"], view["audit"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCallersConversationIsToldTheDecision()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        await bot.SendTextAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "hola");
        var body = JsonNode.Parse(Body("dictamen-incentivos", ApprovalTestData.DictamenFields()))!;
        body["notifyConversationId"] = ApprovalHarness.PersonalChat;
        using var created = await SendAsync(bot, body.ToJsonString());
        var id = (await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
        var cardId = (await bot.Store.GetAsync(id, default))!.Request.CardActivityId;

        foreach (var member in ApprovalHarness.Members[..2])
        {
            await bot.InvokeAsync(member, ApprovalHarness.CommissionConversation, cardId, "approvals.reject",
                new JsonObject { ["requestId"] = id, ["version"] = 1, ["myVote"] = "" });
        }

        Assert.Single(bot.PostsTo(ApprovalHarness.PersonalChat), c => c.Body?["text"]?.GetValue<string>()?.Contains("RECHAZADA", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("clave-equivocada-0123456789")]
    [InlineData("clave-de-prueba-012345678")]
    public async Task MissingOrWrongKeyIsUnauthorized(string? key)
    {
        await using var bot = await ApprovalHarness.StartAsync();
        using var response = await SendAsync(bot, Body("dictamen-incentivos", ApprovalTestData.DictamenFields()), key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheApiIsDisabled()
    {
        await using var bot = await ApprovalHarness.StartAsync(new() { ["Approvals:ApiKey"] = "" });
        using var response = await SendAsync(bot, Body("dictamen-incentivos", ApprovalTestData.DictamenFields()), key: "");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Approvals:ApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ no es json", "no es JSON válido")]
    [InlineData("[1,2]", "debe ser un objeto JSON")]
    [InlineData("""{"kind":"vacaciones","fields":{}}""", "El tipo «vacaciones» no existe")]
    [InlineData("""{"kind":5,"fields":{}}""", "Falta «kind»")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":"x"}""", "Falta «fields»")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{"ejercicio":2020}}""", "«ejercicio» debe ser texto")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{"ejercicio":"2020"}}""", "«Nombre del miembro del Servicio» es obligatorio")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{"inventado":"x"}}""", "El campo «inventado» no existe")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{},"extra":1}""", "La propiedad «extra» no se reconoce")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{},"requestedBy":""}""", "«requestedBy» debe ser un texto")]
    [InlineData("""{"kind":"dictamen-incentivos","fields":{},"notifyConversationId":{}}""", "«notifyConversationId» debe ser un texto")]
    public async Task BadInputIsA400WithASpanishDetailAndCreatesNothing(string body, string expected)
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();

        using var response = await SendAsync(bot, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
    }

    [Fact]
    public async Task OversizeBodyIs413AndOversizeFieldIs400()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var fields = ApprovalTestData.DictamenFields();
        fields["justificacion"] = new string('a', 3001);

        using var field = await SendAsync(bot, Body("dictamen-incentivos", fields));
        using var huge = await SendAsync(bot, Body("dictamen-incentivos", new() { ["justificacion"] = new string('a', 70_000) }));

        Assert.Equal(HttpStatusCode.BadRequest, field.StatusCode);
        Assert.Contains("admite como máximo 3000 caracteres", await field.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task UnknownRequestIs404()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/approvals/SOL-NADA");
        get.Headers.Add("X-Api-Key", ApprovalHarness.ApiKey);

        using var response = await bot.Client.SendAsync(get);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithoutTheCommissionsConversationTheApiExplainsAndCreatesNothing()
    {
        await using var bot = await ApprovalHarness.StartAsync();

        using var response = await SendAsync(bot, Body("dictamen-incentivos", ApprovalTestData.DictamenFields()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("conversación de la Comisión", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
    }

    private static string Body(string kind, Dictionary<string, string> fields, string? requestedBy = null)
    {
        var body = new JsonObject { ["kind"] = kind, ["fields"] = new JsonObject([.. fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))]) };
        if (requestedBy is not null)
        {
            body["requestedBy"] = requestedBy;
        }

        return body.ToJsonString();
    }

    private static async Task<HttpResponseMessage> SendAsync(ApprovalHarness bot, string body, string? key = ApprovalHarness.ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/approvals") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await bot.Client.SendAsync(request);
    }
}
