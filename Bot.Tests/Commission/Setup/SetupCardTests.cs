using System.Text.Json;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Commission.Setup;

namespace ProgramaBot.Tests.Commission.Setup;

/// <summary>The set-up card at its largest — as many members as it lists, long Teams ids and names, every error — stays under Teams' 28 KB message limit.</summary>
public sealed class SetupCardTests
{
    [Fact]
    public void TheLargestSetUpCardFitsInATeamsMessage()
    {
        var members = Enumerable.Range(1, ConversationMembers.MaxListed).Select(i => new ChannelAccount
        {
            Id = $"29:1{i:D3}" + new string('x', 80),
            AadObjectId = Guid.NewGuid().ToString(),
            Name = $"Mtra. Integrante {i} Rodríguez de la Peña y Hernández",
        }).ToList();
        string[] errors = [SetupMessages.NotAMember, SetupMessages.NoPresidencia, SetupMessages.TooManySecretarias];

        var card = SetupCard.Render(members, members.ToDictionary(m => m.Id!, _ => "consejera"), "19:" + new string('c', 60), "12345", errors);

        var bytes = JsonSerializer.SerializeToUtf8Bytes(card, BotJson.Options).Length;
        Assert.True(bytes < 28 * 1024, $"{bytes} bytes");
    }
}
