using System.Text.Json.Nodes;
using ProgramaBot.Cards;

namespace ProgramaBot.Tests.Cards;

/// <summary>Every card is made by <see cref="CardJson.Card"/>: it says its language and, in words, what it shows.</summary>
public sealed class CardSummaryTests
{
    [Fact]
    public void ACardCarriesItsLanguageItsFallbackAndWhatItSays()
    {
        var card = CardJson.Card(new CardSummary("Solicitud SOL-2026-001: **En votación**.", "Solicitud SOL-2026-001, en votación."),
            [CardJson.Text("Solicitud")]);

        Assert.Equal(("AdaptiveCard", "1.5", "es"), ((string?)card["type"], (string?)card["version"], (string?)card["lang"]));
        Assert.Equal(CardJson.Schema, (string?)card["$schema"]);
        Assert.Equal("Solicitud SOL-2026-001: **En votación**.", (string?)card["fallbackText"]);
        Assert.Equal("Solicitud SOL-2026-001, en votación.", (string?)card["speak"]);
    }

    [Fact]
    public void OneSentenceServesAsFallbackAndSpeech()
    {
        var card = CardJson.Card(new CardSummary("Borrador descartado."), [CardJson.Text("Borrador descartado")]);

        Assert.Equal("Borrador descartado.", (string?)card["fallbackText"]);
        Assert.Equal("Borrador descartado.", (string?)card["speak"]);
    }

    [Theory]
    [InlineData("", "Algo.")]
    [InlineData("Algo.", " ")]
    public void ACardThatSaysNothingIsRefused(string fallback, string speak)
        => Assert.ThrowsAny<ArgumentException>(() => CardJson.Card(new CardSummary(fallback, speak), Array.Empty<JsonNode>()));

    [Theory]
    [InlineData("Su voto: **A favor**.", "Su voto: A favor.")]
    [InlineData("Anexos:\n- [Propuesta](https://x.example/a.pdf)\n- [Oficio](https://x.example/b.pdf)", "Anexos: Propuesta. Oficio")]
    [InlineData("Corrija lo siguiente:\n- «Cargo» es obligatorio\n- «Enlace» debe ser un enlace", "Corrija lo siguiente: «Cargo» es obligatorio. «Enlace» debe ser un enlace")]
    [InlineData("Título <break time=\"3s\"/> de `código` y _cursiva_ # fin", "Título break time=\"3s\"/ de código y cursiva fin")]
    public void WhatIsSaidIsPlainText(string text, string said) => Assert.Equal(said, CardSummary.Plain(text));

    [Fact]
    public void SpeechIsMadePlainEvenWhenATitleFromAUserIsNot()
    {
        var card = CardJson.Card(new CardSummary("Solicitud: **urgente** <b>", "Solicitud: **urgente** <b>"), [CardJson.Text("x")]);

        Assert.Equal("Solicitud: urgente b", (string?)card["speak"]);
        Assert.Equal("Solicitud: **urgente** <b>", (string?)card["fallbackText"]);
    }
}
