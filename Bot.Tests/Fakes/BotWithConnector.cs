namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// Tests of the bot in-process whose replies go to a <see cref="FakeBotConnector"/> of their own, with the settings
/// the test class gives.
/// </summary>
public abstract class BotWithConnector(IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected FakeBotConnector Connector { get; private set; } = null!;
    protected BotFactory Bot { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Bot = new BotFactory(settings is null ? null : new Dictionary<string, string?>(settings));
        Client = Bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
