using ProgramaBot.Approvals.Chat;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.EndToEnd;

/// <summary>The built bot as its own process, talked to by the real Agents Playground, as a person would.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundTests : IAsyncLifetime
{
    private BotProcess _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync();
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task InstallingWelcomesAndAMessageIsAnswered()
    {
        await _playground.InstallAsync();
        var welcome = await _playground.WaitForTextAsync("Gracias por agregarme");
        Assert.Equal("createMessage", welcome["action"]!.GetValue<string>());

        await _playground.SendAsync("hola");
        var reply = await _playground.WaitForTextAsync("ProgramaBot");
        Assert.DoesNotContain("Gracias por agregarme", AgentsPlayground.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpQuestionIsAnsweredFromTheConversationsLastSubject()
    {
        await _playground.InstallAsync();
        await _playground.WaitForTextAsync("Gracias por agregarme");

        await _playground.SendAsync("¿cuándo es la sesión ordinaria III?");
        await _playground.WaitForTextAsync("Sesión Ordinaria III");
        await _playground.SendAsync("¿y la cuarta?");
        var fourth = await _playground.WaitForTextAsync("Sesión Ordinaria IV");

        Assert.DoesNotContain("No lo sé", AgentsPlayground.Text(fourth), StringComparison.Ordinal);

        // «mis pendientes» is a command, not a question: whoever asks gets their votes, or why they have none.
        string[] answers = [MyPendingCommand.NoneOpen, MyPendingCommand.NotAVoter, "solicitud en votación", "solicitudes en votación"];
        await _playground.SendAsync("mis pendientes");
        var pending = await _playground.WaitForAsync(f => answers.Any(a => AgentsPlayground.Text(f).Contains(a, StringComparison.Ordinal)));
        Assert.DoesNotContain("No lo sé", AgentsPlayground.Text(pending), StringComparison.Ordinal);
    }
}
