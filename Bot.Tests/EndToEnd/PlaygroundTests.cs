using ProgramaBot.Approvals.Chat;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.EndToEnd;

/// <summary>The built bot as its own process, talked to by the real Agents Playground, as a person would.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundTests : IAsyncLifetime
{
    private BotProcess? _bot;
    private AgentsPlayground? _playground;

    private BotProcess Bot => _bot!;

    private AgentsPlayground Playground => _playground!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync();
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    /// <summary>Whatever started is stopped, also when the Playground could not start (the bot process would be left running).</summary>
    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task InstallingWelcomesAndAMessageIsAnswered()
    {
        await Playground.InstallAsync();
        var welcome = await Playground.WaitForTextAsync("Gracias por agregarme");
        Assert.Equal("createMessage", welcome["action"]!.GetValue<string>());

        await Playground.SendAsync("hola");
        var reply = await Playground.WaitForTextAsync("ProgramaBot");
        Assert.DoesNotContain("Gracias por agregarme", AgentsPlayground.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpQuestionIsAnsweredFromTheConversationsLastSubject()
    {
        await Playground.InstallAsync();
        await Playground.WaitForTextAsync("Gracias por agregarme");

        await Playground.SendAsync("¿cuándo es la sesión ordinaria III?");
        await Playground.WaitForTextAsync("Sesión Ordinaria III");
        await Playground.SendAsync("¿y la cuarta?");
        var fourth = await Playground.WaitForTextAsync("Sesión Ordinaria IV");

        Assert.DoesNotContain("No lo sé", AgentsPlayground.Text(fourth), StringComparison.Ordinal);

        // «mis pendientes» is a command, not a question: whoever asks gets their votes, or why they have none.
        string[] answers = [MyPendingCommand.NoneOpen, MyPendingCommand.NotAVoter, "solicitud en votación", "solicitudes en votación"];
        await Playground.SendAsync("mis pendientes");
        var pending = await Playground.WaitForAsync(f => answers.Any(a => AgentsPlayground.Text(f).Contains(a, StringComparison.Ordinal)));
        Assert.DoesNotContain("No lo sé", AgentsPlayground.Text(pending), StringComparison.Ordinal);
    }
}
