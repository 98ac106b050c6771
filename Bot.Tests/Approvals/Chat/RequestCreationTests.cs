using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Tests.Approvals.Chat;

/// <summary>"nueva solicitud" in chat: who may, what the form checks, and that a failure creates nothing.</summary>
public sealed class RequestCreationTests
{
    [Fact]
    public async Task OnlyTheSecretarioTecnicoGetsTheForm()
    {
        await using var bot = await ApprovalHarness.StartAsync();

        await bot.SendTextAsync(ApprovalHarness.Members[0], ApprovalHarness.PersonalChat, "Nueva solicitud");

        var reply = Assert.Single(bot.PostsTo(ApprovalHarness.PersonalChat));
        Assert.Contains("Solo la Secretaría Técnica", reply.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nueva solicitúd")]
    [InlineData("¿NUEVA   SOLICITUD?")]
    public async Task TheCommandIsRecognisedWithStrayAccentsCapitalsAndSpaces(string typed)
    {
        await using var bot = await ApprovalHarness.StartAsync();

        await bot.SendTextAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, typed);

        Assert.NotNull(ApprovalHarness.Action(bot.LastCardSentTo(ApprovalHarness.PersonalChat), "approvals.form"));
    }

    [Fact]
    public async Task KindChooserLeadsToTheChosenKindsForm()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.SendTextAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "nueva solicitud");
        var chooser = bot.LastCardSentTo(ApprovalHarness.PersonalChat);
        Assert.NotNull(ApprovalHarness.Action(chooser, "approvals.form"));

        var form = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.form",
            new JsonObject { ["kind"] = "modificacion-metas" });

        var json = ApprovalHarness.Json(form["value"]!);
        Assert.Contains("Modificación de metas", json, StringComparison.Ordinal);
        Assert.Contains("\"isRequired\":true", json, StringComparison.Ordinal);
        Assert.Contains("Justificación", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidFormComesBackWithSpanishErrorsAndNothingIsCreated()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var formId = Guid.NewGuid().ToString("N");
        var data = new JsonObject
        {
            ["kind"] = "dictamen-incentivos", ["formId"] = formId,
            ["miembro"] = new string('x', 201), ["dictamen"] = "no-es-enlace", ["tipoIncentivo"] = "vacaciones", ["cargo"] = 7,
        };

        var response = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.submit", data);

        var json = ApprovalHarness.Json(response["value"]!);
        Assert.Contains("«Ejercicio valorado» es obligatorio.", json, StringComparison.Ordinal);
        Assert.Contains("admite como máximo 200 caracteres", json, StringComparison.Ordinal);
        Assert.Contains("debe ser un enlace http:// o https://", json, StringComparison.Ordinal);
        Assert.Contains("debe ser una de estas opciones", json, StringComparison.Ordinal);
        Assert.Contains("«Cargo o puesto» debe ser texto.", json, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
        Assert.DoesNotContain(bot.PostsTo(ApprovalHarness.CommissionConversation), c => c.Body?["attachments"] is not null);
        // The refused form took no folio: the next request is still the year's first.
        Assert.Null(await bot.Services.GetRequiredService<IRequestFolios>().FindAsync(formId, default));
        Assert.Equal("SOL-2021-001", (await bot.CreateRequestAsync()).RequestId);
    }

    [Fact]
    public async Task WithoutTheCommissionsConversationNothingIsCreatedAndTheFormSaysWhy()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        var formId = Guid.NewGuid().ToString("N");
        var data = new JsonObject { ["kind"] = "dictamen-incentivos", ["formId"] = formId };
        foreach (var (key, value) in ApprovalTestData.DictamenFields())
        {
            data[key] = value;
        }

        var response = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.submit", data);

        Assert.Contains("no tengo registrada la conversación de la Comisión", ApprovalHarness.Json(response["value"]!), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
        Assert.Null(await bot.Services.GetRequiredService<IRequestFolios>().FindAsync(formId, default));
    }

    [Fact]
    public async Task SubmittingTheSameFormTwiceCreatesOneRequest()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var data = new JsonObject { ["kind"] = "dictamen-incentivos", ["formId"] = Guid.NewGuid().ToString("N") };
        foreach (var (key, value) in ApprovalTestData.DictamenFields())
        {
            data[key] = value;
        }

        var first = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.submit", data);
        var again = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.submit", data);

        Assert.Contains("SOL-2021-001", ApprovalHarness.Json(first["value"]!), StringComparison.Ordinal);
        Assert.Contains("SOL-2021-001", ApprovalHarness.Json(again["value"]!), StringComparison.Ordinal);
        Assert.Single(bot.PostsTo(ApprovalHarness.CommissionConversation), c => c.Body?["attachments"] is not null
            && ApprovalHarness.Json(c.Body!).Contains("Dictamen", StringComparison.Ordinal));
        Assert.Single(await bot.Store.ListOpenAsync(default));
    }

    [Fact]
    public async Task PendingVotesListEveryMemberWhoHasNotVoted()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();
        await bot.InvokeAsync(ApprovalHarness.Members[0], ApprovalHarness.CommissionConversation, cardId, "approvals.approve",
            new JsonObject { ["requestId"] = requestId, ["version"] = 1, ["myVote"] = "" });
        var pending = bot.Factory.Services.GetService(typeof(ProgramaBot.Approvals.IPendingVotes)) as ProgramaBot.Approvals.IPendingVotes;

        var rows = await pending!.ListPendingAsync(default);

        Assert.Equal([ApprovalHarness.Members[1].Name, ApprovalHarness.Members[2].Name], rows.Select(r => r.Member.Name));
        Assert.All(rows, r => Assert.Equal((requestId, "3.6.1", ApprovalTestData.Now), (r.RequestId, r.ProgrammeItem, r.PendingSince)));
    }
}
