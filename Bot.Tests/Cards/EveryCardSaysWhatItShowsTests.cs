using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Cli;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Spanish;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Cards;

/// <summary>
/// Every card the bot sends says its language («es») and, for clients that cannot draw it and for screen readers, what it
/// shows: a fallback text and a plain spoken sentence, in formal Spanish. Checked on every sample card the <c>cards</c>
/// verb writes and on the cards actually sent in a member's day through /api/messages.
/// </summary>
public sealed class EveryCardSaysWhatItShowsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-tests", "sent-cards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EverySampleCardSaysItsLanguageAndWhatItShows()
    {
        var problems = CardSamples.All().SelectMany(sample => Problems(sample.Name, sample.Card)).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task EveryCardSentInAMembersDaySaysItsLanguageAndWhatItShowsAndPassesTheOfficialParser()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        var (st, m1, m2) = (ApprovalHarness.Secretario, ApprovalHarness.Members[0], ApprovalHarness.Members[1]);
        var cards = new List<(string Where, JsonNode Card)>();
        await bot.JoinCommissionAsync();

        // The Secretario Técnico: help, a list answer, the request forms, the session date card.
        foreach (var text in new[] { "ayuda", "sesiones", "nueva solicitud", "programar sesión" })
        {
            (await bot.SendTextAsync(st, ApprovalHarness.PersonalChat, text)).EnsureSuccessStatusCode();
        }

        var (requestId, cardId) = await bot.CreateRequestAsync();

        // A member opens «mis pendientes» and votes from it; another gets the ballot by refresh in the commission's chat.
        (await bot.SendTextAsync(m1, ApprovalHarness.PersonalChat, "mis pendientes")).EnsureSuccessStatusCode();
        var ballot = bot.LastCardSentTo(ApprovalHarness.PersonalChat);
        var approve = (JsonObject)ApprovalHarness.Action(ballot, "approvals.approve")["data"]!;
        cards.Add(("vote from «mis pendientes»", (await bot.InvokeAsync(m1, ApprovalHarness.PersonalChat, null, "approvals.approve", approve))["value"]!));
        var posted = bot.LastCardSentTo(ApprovalHarness.CommissionConversation);
        var refresh = (JsonObject)posted["refresh"]!["action"]!["data"]!;
        cards.Add(("refresh", (await bot.InvokeAsync(m2, ApprovalHarness.CommissionConversation, cardId, "refresh", refresh, automatic: true))["value"]!));

        // The commission's set-up from its chat, saved.
        bot.ListMembers(ApprovalHarness.CommissionConversation, st, m1, m2);
        (await bot.SendTextAsync(st, ApprovalHarness.CommissionConversation, "<at>ProgramaBot</at> configurar comisión")).EnsureSuccessStatusCode();
        var setup = (JsonObject)ApprovalHarness.Action(bot.LastCardSentTo(ApprovalHarness.CommissionConversation), "commission.save")["data"]!.DeepClone();
        (setup["cargo:user-st"], setup["cargo:user-m1"], setup["cargo:user-m2"]) = ("secretario", "presidenta", "consejero");
        cards.Add(("set-up saved", (await bot.InvokeAsync(st, ApprovalHarness.CommissionConversation, "setup-card", "commission.save", setup))["value"]!));

        cards.AddRange(bot.Connector.Calls
            .Where(c => c.Body?["attachments"] is JsonArray)
            .SelectMany(c => c.Body!["attachments"]!.AsArray()
                .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
                .Select(a => ($"{c.Method} {c.Path}", a!["content"]!))));

        // Help, answer, kind chooser, schedule card, form, the request's card and its updates, the ballot, set-up: all said.
        Assert.True(cards.Count >= 10, $"only {cards.Count} cards were sent");
        Assert.Contains(cards, c => ApprovalHarness.Json(c.Card).Contains(requestId, StringComparison.Ordinal));
        var problems = cards.SelectMany(c => Problems(c.Where, c.Card)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        Directory.CreateDirectory(_folder);
        for (var i = 0; i < cards.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, $"sent-{i:D2}.json"), cards[i].Card.ToJsonString());
        }

        var result = await NodeScript.RunAsync("validate-cards.mjs", [_folder]);
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }

    /// <summary>What is wrong with what <paramref name="card"/> says about itself.</summary>
    private static IEnumerable<string> Problems(string where, JsonNode card)
    {
        if ((string?)card["lang"] != "es")
        {
            yield return $"{where}: lang is {card["lang"]?.ToJsonString() ?? "missing"}, expected \"es\"";
        }

        foreach (var key in new[] { "fallbackText", "speak" })
        {
            var text = card[key] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return $"{where}: no {key}";
            }
            else if (FormalAddressTests.InformalWord(text) is { } word)
            {
                yield return $"{where}: {key} uses «{word}»: {text}";
            }
        }

        if ((string?)card["speak"] is { } speak && speak.IndexOfAny(['*', '_', '[', ']', '<', '>', '#', '`', '\n']) is var at and >= 0)
        {
            yield return $"{where}: speak is not plain text («{speak[at]}»): {speak}";
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
