using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Commission;
using ProgramaBot.Commission.Setup;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Commission.Setup;

/// <summary>Every wrong way to set up the commission gets a clear answer in Spanish and leaves nothing stored.</summary>
public sealed class CommissionSetupBadInputTests : IAsyncLifetime
{
    private const string Channel = ApprovalHarness.CommissionConversation;
    private static readonly ApprovalHarness.Person St = ApprovalHarness.Secretario;
    private static readonly ApprovalHarness.Person M1 = ApprovalHarness.Members[0];
    private static readonly ApprovalHarness.Person M2 = ApprovalHarness.Members[1];
    private static readonly ApprovalHarness.Person Guest = ApprovalHarness.Outsider;

    private ApprovalHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await ApprovalHarness.StartAsync();
        _bot.ListMembers(Channel, St, M1, M2, Guest);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SomeoneWhoIsNotTheSecretarioGetsNoCard()
    {
        await _bot.SendTextAsync(M1, Channel, "configurar comisión");

        Assert.Equal(SetupMessages.OnlySecretario, LastTextIn(Channel));
        Assert.Empty(_bot.Connector.CallsTo("GET", "/pagedmembers"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task TheCommandInAPersonalChatIsSentToTheCommissionsConversation()
    {
        await _bot.SendTextAsync(St, ApprovalHarness.PersonalChat, "Configurar Comision");

        Assert.Equal(SetupMessages.NotInPersonalChat, LastTextIn(ApprovalHarness.PersonalChat));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task WhenTeamsCannotListTheMembersTheSecretarioIsToldToTryAgain()
    {
        _bot.Connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.Forbidden));

        await _bot.SendTextAsync(St, Channel, "configurar comisión");

        Assert.Equal(SetupMessages.MembersUnavailable, LastTextIn(Channel));
    }

    [Fact]
    public async Task AConversationTooLargeForTheCardIsRefused()
    {
        _bot.ListMembers(Channel, [St, .. Enumerable.Range(1, ConversationMembers.MaxListed).Select(i => new ApprovalHarness.Person($"29:p{i}", $"aad-{i}", $"Persona {i}"))]);

        await _bot.SendTextAsync(St, Channel, "configurar comisión");

        Assert.Equal(SetupMessages.TooManyMembers, LastTextIn(Channel));
    }

    [Fact]
    public async Task AClickWithoutAServiceUrlIsRefusedAndChangesNothing()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "sin-service-url",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = St.Id, ["aadObjectId"] = St.AadObjectId, ["name"] = St.Name },
            ["recipient"] = new JsonObject { ["id"] = ApprovalHarness.BotId },
            ["conversation"] = new JsonObject { ["id"] = Channel, ["conversationType"] = "channel" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = SetupCard.SaveVerb, ["data"] = data } },
        };

        using var response = await _bot.Client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ASaveByAMemberWhoIsNotTheSecretarioChangesNothing()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";

        var answer = await _bot.InvokeAsync(M1, Channel, "setup-card", SetupCard.SaveVerb, data);

        Assert.Equal(SetupMessages.OnlySecretario, answer["value"]!.GetValue<string>());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task APersonWhoIsNotAMemberOfTheConversationCannotBeSlippedIntoTheCard()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:29:intruso"] = "consejero";

        await AssertRefusedAsync(data, SetupMessages.NotAMember);
    }

    [Fact]
    public async Task APositionThatDoesNotExistIsRefused()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:user-m2"] = "tesorera";

        await AssertRefusedAsync(data, SetupMessages.UnknownPosition);
    }

    [Fact]
    public async Task AnEmptySelectionIsRefused() => await AssertRefusedAsync(await CardDataAsync(), SetupMessages.EmptySelection);

    [Fact]
    public async Task ACommissionWithoutPresidenciaIsRefused()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "consejera";
        data["cargo:user-m2"] = "consejero";

        await AssertRefusedAsync(data, SetupMessages.NoPresidencia);
    }

    [Fact]
    public async Task TwoPresidenciasAreRefused()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:user-m2"] = "presidente";

        await AssertRefusedAsync(data, SetupMessages.TooManyPresidencias);
    }

    [Fact]
    public async Task TwoSecretariasAreRefused()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:user-st"] = "secretario";
        data["cargo:user-x"] = "secretaria";

        await AssertRefusedAsync(data, SetupMessages.TooManySecretarias);
    }

    [Fact]
    public async Task ACardSavedFromAnotherConversationIsRefused()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data[SetupCard.ConversationKey] = "19:otra-conversacion@thread.tacv2";

        var answer = await _bot.InvokeAsync(St, Channel, "setup-card", SetupCard.SaveVerb, data);

        Assert.Equal(SetupMessages.OtherConversation, answer["value"]!.GetValue<string>());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ACardDrawnBeforeTheLastSaveComesBackWithTheCurrentSetUp()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        await _bot.InvokeAsync(St, Channel, "setup-card", SetupCard.SaveVerb, (JsonObject)data.DeepClone());
        data["cargo:user-m1"] = "consejera";
        data["cargo:user-m2"] = "presidente";

        var answer = await _bot.InvokeAsync(St, Channel, "setup-card", SetupCard.SaveVerb, data);

        Assert.Contains(SetupMessages.Changed, ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        var stored = (await Store.GetAsync(default))!.Value;
        Assert.Equal([M1.Id], stored.Members.Select(m => m.TeamsId));
        Assert.Single(await Store.HistoryAsync(default));
    }

    [Fact]
    public async Task TheSecretariaChosenInTheCardAdministersFromThenOn()
    {
        var data = await CardDataAsync();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:user-m2"] = "secretario";
        await _bot.InvokeAsync(St, Channel, "setup-card", SetupCard.SaveVerb, data);

        await _bot.SendTextAsync(St, Channel, "configurar comisión");
        Assert.Equal(SetupMessages.OnlySecretario, LastTextIn(Channel));
        await _bot.SendTextAsync(M2, Channel, "configurar comisión");
        var card = _bot.LastCardSentTo(Channel);
        // The card starts from what is stored: the new Secretario and the Presidenta are already chosen.
        Assert.Equal("secretario", Input(card, "cargo:user-m2")["value"]!.GetValue<string>());
        Assert.Equal("presidenta", Input(card, "cargo:user-m1")["value"]!.GetValue<string>());
        Assert.Equal("no", Input(card, "cargo:user-st")["value"]!.GetValue<string>());
    }

    private ICommissionStore Store => _bot.Services.GetRequiredService<ICommissionStore>();

    /// <summary>The Secretario asks for the card in the channel; its «Guardar» data with every input at «No forma parte».</summary>
    private async Task<JsonObject> CardDataAsync()
    {
        (await _bot.SendTextAsync(St, Channel, "<at>ProgramaBot</at> configurar comisión")).EnsureSuccessStatusCode();
        var card = _bot.LastCardSentTo(Channel);
        var data = (JsonObject)ApprovalHarness.Action(card, SetupCard.SaveVerb)["data"]!.DeepClone();
        foreach (var input in card["body"]!.AsArray().OfType<JsonObject>().Where(n => n["type"]?.GetValue<string>() == "Input.ChoiceSet"))
        {
            data[input["id"]!.GetValue<string>()] = "no";
        }

        return data;
    }

    private async Task AssertRefusedAsync(JsonObject data, string reason)
    {
        var answer = await _bot.InvokeAsync(St, Channel, "setup-card", SetupCard.SaveVerb, data);

        var card = answer["value"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("No guardé la configuración", ApprovalHarness.Json(card), StringComparison.Ordinal);
        Assert.Contains(reason, ApprovalHarness.Json(card), StringComparison.Ordinal);
        Assert.True(ApprovalHarness.HasAction(card, SetupCard.SaveVerb), "the card comes back so it can be corrected");
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Null(await Store.GetAsync(default));
        Assert.Empty(await Store.HistoryAsync(default));
    }

    private string LastTextIn(string conversationId)
        => _bot.PostsTo(conversationId).Last(c => c.Body?["text"] is not null).Body!["text"]!.GetValue<string>();

    private static JsonObject Input(JsonNode card, string id)
        => card["body"]!.AsArray().OfType<JsonObject>().Single(n => n["id"]?.GetValue<string>() == id);
}
