using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Cards;

namespace ProgramaBot.Commission.Setup;

/// <summary>The Secretario Técnico's card: one choice per member of the conversation, then «Guardar».</summary>
public static class SetupCard
{
    public const string SaveVerb = "commission.save";

    /// <summary>Input ids are this prefix and the member's Teams id; the bot checks every id against Teams on save.</summary>
    public const string InputPrefix = "cargo:";

    /// <summary>The set-up version the card was drawn from: a save over a newer one is refused.</summary>
    public const string VersionKey = "version";

    /// <summary>The conversation the card belongs to: saving it from anywhere else is refused.</summary>
    public const string ConversationKey = "conversation";

    public static JsonObject Render(IReadOnlyList<ChannelAccount> members, IReadOnlyDictionary<string, string> chosen,
        string conversationId, string? version, IReadOnlyList<string>? errors = null)
    {
        var body = new List<JsonNode>
        {
            CardJson.Container(
            [
                CardJson.Text("Configurar la Comisión", TextStyle.Title),
                CardJson.Text("Elija el cargo de cada integrante de la Comisión entre los miembros de esta conversación. " +
                              "Votan la Presidencia y las Consejerías integrantes; la Secretaría Técnica administra el bot y no vota. " +
                              "Deje «No forma parte» a las demás personas.", TextStyle.Subtle),
            ], style: "emphasis"),
        };
        if (errors is { Count: > 0 })
        {
            body.Add(CardJson.Container(
            [
                CardJson.Text("No guardé la configuración; corrija lo siguiente:", TextStyle.Attention),
                CardJson.Text(string.Join('\n', errors.Select(e => "- " + e))),
            ], style: "attention"));
        }

        IEnumerable<(string Value, string Title)> choices =
            [(Position.None, "No forma parte de la Comisión"), .. Position.All.Select(p => (p.Value, p.ChoiceTitle))];
        body.AddRange(members.Select(m => (JsonNode)CardInputs.Choices(InputPrefix + m.Id, m.Name ?? m.Id!, choices,
            chosen.GetValueOrDefault(m.Id!, Position.None), required: false)));
        var data = new JsonObject { [ConversationKey] = conversationId, [VersionKey] = version ?? "" };
        var summary = "Configurar la Comisión: elija el cargo de cada persona de esta conversación y guarde."
                      + (errors is { Count: > 0 } ? $" No guardé la configuración; corrija: {string.Join(" ", errors)}" : "");
        return CardJson.Card(new CardSummary(summary), body, [CardJson.Execute("Guardar", SaveVerb, data, style: "positive")]);
    }

    /// <summary>What the set-up now is, replacing the card once saved.</summary>
    public static JsonObject Saved(StoredCommission commission, string savedAt)
    {
        var president = commission.Members.First(m => m.Role == CommissionRole.Presidenta);
        var integrantes = commission.Members.Where(m => m.Role != CommissionRole.Presidenta).ToList();
        var st = commission.SecretarioTecnico;
        var summary = $"Comisión configurada. {president.Title ?? "Presidencia"}: {president.Name}. "
                      + (integrantes.Count == 0 ? "" : $"Integrantes: {SpanishLists.Join(integrantes.Select(m => m.Name))}. ")
                      + $"{st.Title ?? "Secretaría Técnica"}: {st.Name}.";
        return CardJson.Card(new CardSummary(summary),
        [
            CardJson.Text("Comisión configurada", TextStyle.Good),
            CardJson.Facts(
            [
                (president.Title ?? "Presidencia", president.Name),
                ("Integrantes", integrantes.Count == 0 ? "—" : string.Join("; ", integrantes.Select(m => $"{m.Name} ({m.Title})"))),
                (st.Title ?? "Secretaría Técnica", st.Name),
                ("Votan", commission.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]),
            CardJson.Text($"Guardada por {commission.SavedBy} el {savedAt}. Las votaciones, los avisos y los recordatorios ya usan esta configuración.",
                TextStyle.Subtle),
        ]);
    }
}
