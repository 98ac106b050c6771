using Microsoft.Extensions.Time.Testing;

namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// The set-up the edge's tests share: a local token issuer, a fake Bot Connector, and the bot in-process with an app id,
/// so every activity needs a valid token. A test class adds its own settings in <see cref="Configure"/>.
/// </summary>
public abstract class SignedBotTests : IAsyncLifetime
{
    protected const string AppId = "00000000-0000-0000-0000-0000000000aa";

    protected FakeTokenIssuer Issuer { get; private set; } = null!;
    protected FakeBotConnector Connector { get; private set; } = null!;
    protected BotFactory Bot { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The bot's clock; null for the system clock.</summary>
    protected virtual FakeTimeProvider? Time => null;

    /// <summary>Settings beyond the issuer's <see cref="FakeTokenIssuer.BotSettings"/> for <see cref="AppId"/>.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async Task InitializeAsync()
    {
        Issuer = await FakeTokenIssuer.StartAsync();
        Connector = await FakeBotConnector.StartAsync();
        var settings = Issuer.BotSettings(AppId);
        Configure(settings);
        Bot = new BotFactory(settings, Time);
        Client = Bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
