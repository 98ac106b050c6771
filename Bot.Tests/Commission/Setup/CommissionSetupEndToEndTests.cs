using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Commission.Setup;

/// <summary>
/// The acceptance path: in the commission's channel the Secretario Técnico writes «configurar comisión», the bot lists the
/// channel's members through the Connector, the card is saved, and the roster it stored decides who votes — on another
/// instance sharing the same Azure Table Storage (Azurite), at once.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class CommissionSetupEndToEndTests(AzuriteFixture azurite)
{
    private const string Channel = ApprovalHarness.CommissionConversation;

    [Fact]
    public async Task TheRosterSavedFromTeamsOnOneInstanceDecidesWhoVotesOnAnother()
    {
        await using var first = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "Setup" + Guid.NewGuid().ToString("N")[..8],
        });
        await using var second = first.Sibling();
        var (st, m1, m2, m3, guest) = (ApprovalHarness.Secretario, ApprovalHarness.Members[0], ApprovalHarness.Members[1],
            ApprovalHarness.Members[2], ApprovalHarness.Outsider);
        // The configured (bootstrap) roster is m1, m2, m3; the channel has m1, m2, the guest and the Secretario, not m3.
        first.ListMembers(Channel, st, m1, m2, guest);
        first.Connector.MaxMembersPage = 2;
        await first.JoinCommissionAsync();

        (await first.SendTextAsync(st, Channel, "<at>ProgramaBot</at> configurar comisión")).EnsureSuccessStatusCode();

        var card = first.LastCardSentTo(Channel);
        Assert.Equal(2, first.Connector.CallsTo("GET", "/pagedmembers").Count);
        Assert.Equal(["cargo:user-st", "cargo:user-m1", "cargo:user-m2", "cargo:user-x"], Inputs(card).Select(i => i["id"]!.GetValue<string>()));
        var data = (JsonObject)ApprovalHarness.Action(card, "commission.save")["data"]!.DeepClone();
        data["cargo:user-st"] = "secretario";
        data["cargo:user-m1"] = "presidente";
        data["cargo:user-m2"] = "consejero";
        data["cargo:user-x"] = "consejera";

        var saved = await first.InvokeAsync(st, Channel, "setup-card", "commission.save", data);

        var savedCard = ApprovalHarness.Json(saved["value"]!);
        Assert.Contains("Comisión configurada", savedCard, StringComparison.Ordinal);
        Assert.Contains("Invitado (Consejera Electoral)", savedCard, StringComparison.Ordinal);
        var stored = (await second.Services.GetRequiredService<ICommissionStore>().GetAsync(default))!.Value;
        Assert.Equal([m1.AadObjectId, m2.AadObjectId, guest.AadObjectId], stored.Members.Select(m => m.AadObjectId));
        Assert.Equal([m1.Id, m2.Id, guest.Id], stored.Members.Select(m => m.TeamsId));
        Assert.Equal(["Presidente", "Consejero Electoral", "Consejera Electoral"], stored.Members.Select(m => m.Title));
        Assert.Equal([CommissionMember.Male, CommissionMember.Male, CommissionMember.Female], stored.Members.Select(m => m.Gender));
        Assert.Equal(CommissionRole.Presidenta, stored.Members[0].Role);
        Assert.Equal(("Secretario Técnico", st.AadObjectId), (stored.SecretarioTecnico.Title, stored.SecretarioTecnico.AadObjectId));
        Assert.Equal(Channel, stored.ConversationId);
        Assert.Equal(first.Connector.ServiceUrl, stored.Conversation!.ServiceUrl);
        var audit = Assert.Single(await second.Services.GetRequiredService<ICommissionStore>().HistoryAsync(default));
        Assert.Equal((st.Name, st.AadObjectId, ApprovalTestData.Now), (audit.SavedBy, audit.SavedById, audit.SavedAt));

        // The other instance posts the next request to the chosen members: its card refreshes for them, not for m3.
        var (requestId, cardId) = await second.CreateRequestAsync();
        var posted = second.LastCardSentTo(Channel);
        Assert.Equal([m1.Id, m2.Id, guest.Id], ApprovalHarness.RefreshUserIds(posted));
        var refreshData = (JsonObject)posted["refresh"]!["action"]!["data"]!.DeepClone();

        var ballot = await second.InvokeAsync(guest, Channel, cardId, "refresh", refreshData, automatic: true);
        var approve = (JsonObject)ApprovalHarness.Action(ballot["value"]!, "approvals.approve")["data"]!.DeepClone();
        var guestVote = await second.InvokeAsync(guest, Channel, cardId, "approvals.approve", approve);
        Assert.Contains("Registré su voto: A favor", ApprovalHarness.Json(guestVote["value"]!), StringComparison.Ordinal);

        var removed = await first.InvokeAsync(m3, Channel, cardId, "approvals.approve", approve);
        Assert.Equal("Solo los integrantes de la Comisión pueden votar. No se registró ningún voto.", removed["value"]!.GetValue<string>());

        // Two of the three chosen members decide it: the decision rule counts the stored roster.
        var deciding = await first.InvokeAsync(m1, Channel, cardId, "approvals.approve", approve);
        Assert.Contains("APROBADA (2 de 3 votos a favor)", ApprovalHarness.Json(deciding["value"]!), StringComparison.Ordinal);
        var snapshot = (await first.Store.GetAsync(requestId, default))!;
        Assert.Equal(RequestStatus.Approved, snapshot.Request.Status);
        Assert.Equal(new[] { guest.AadObjectId, m1.AadObjectId }.Order(), snapshot.Votes.Select(v => v.MemberKey).Order());
    }

    private static List<JsonObject> Inputs(JsonNode card)
        => [.. card["body"]!.AsArray().OfType<JsonObject>().Where(n => n["type"]?.GetValue<string>() == "Input.ChoiceSet")];
}
