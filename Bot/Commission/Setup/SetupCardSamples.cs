using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Commission.Setup;

/// <summary>The set-up cards with fixed sample data, written by the <c>cards</c> verb with the approval cards.</summary>
public static class SetupCardSamples
{
    private const string Channel = "19:comision-spen@thread.tacv2";

    public static IReadOnlyList<ChannelAccount> Members { get; } =
    [
        Person("29:1carlos", "7f1c1d2e-0000-4000-8000-000000000010", "Mtro. Carlos Iván Soto Núñez"),
        Person("29:1laura", "7f1c1d2e-0000-4000-8000-000000000001", "Mtra. Laura Elena Rodríguez Soto"),
        Person("29:1jorge", "7f1c1d2e-0000-4000-8000-000000000002", "Lic. Jorge Alberto Medina Reyes"),
        Person("29:1ana", "7f1c1d2e-0000-4000-8000-000000000003", "Dra. Ana Cristina Herrera Valdez"),
        Person("29:1paola", "7f1c1d2e-0000-4000-8000-000000000004", "Lic. Paola Guadalupe Ortiz Rivas"),
    ];

    private static readonly Dictionary<string, string> Chosen = new()
    {
        ["29:1carlos"] = "secretario",
        ["29:1laura"] = "presidenta",
        ["29:1jorge"] = "consejero",
        ["29:1ana"] = "consejera",
    };

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        yield return ("commission-setup", SetupCard.Render(Members, new Dictionary<string, string>(), Channel, null));
        yield return ("commission-setup-errors", SetupCard.Render(Members,
            new Dictionary<string, string> { ["29:1jorge"] = "consejero", ["29:1ana"] = "consejera" }, Channel, "3",
            [SetupMessages.NoPresidencia]));
        yield return ("commission-setup-saved", SetupCard.Saved(Saved(), "15 de septiembre de 2021, 10:30 h"));
    }

    /// <summary>What the sample card saves, as the set-up stores it.</summary>
    private static StoredCommission Saved()
    {
        var selection = SetupSelection.Read(new JsonObject([.. Chosen.Select(c => KeyValuePair.Create(SetupCard.InputPrefix + c.Key, (JsonNode?)c.Value))]), Members);
        var (members, secretario) = selection.ToRoster(new CommissionMember { Name = Members[0].Name! });
        return new StoredCommission
        {
            Revision = 1,
            Members = members,
            SecretarioTecnico = secretario,
            ConversationId = Channel,
            SavedAt = new DateTimeOffset(2021, 9, 15, 10, 30, 0, TimeSpan.FromHours(-5)),
            SavedBy = Members[0].Name!,
        };
    }

    private static ChannelAccount Person(string id, string aadObjectId, string name) => new() { Id = id, AadObjectId = aadObjectId, Name = name };
}
