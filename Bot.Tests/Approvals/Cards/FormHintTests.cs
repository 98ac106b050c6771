using ProgramaBot.Approvals.Cli;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.Approvals.Cards;

/// <summary>How to fill a field in is said on the form, not on the card the commission votes on.</summary>
public sealed class FormHintTests
{
    [Fact]
    public void TheLinksHintShowsOnTheFormAndNotOnThePublishedCard()
    {
        var cards = CardSamples.All().ToDictionary(c => c.Name, c => System.Text.Json.JsonSerializer.Serialize(c.Card, BotJson.Options));

        Assert.Contains("Anexos (un enlace por renglón)", cards["form-modificacion-metas"], StringComparison.Ordinal);
        Assert.DoesNotContain("un enlace por renglón", cards["request-modificacion-metas"], StringComparison.Ordinal);
    }
}
