using System.Net;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>
/// Issuers rotate their keys: a token signed with a key the bot has not seen yet makes it fetch the keys once more and
/// try again, at most once per five minutes, instead of answering 401 until the twelve-hourly refresh.
/// </summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        _bot = new BotFactory(_issuer.BotSettings(AppId), _time);
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private async Task<HttpStatusCode> PostAsync()
        => (await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl), _issuer.CreateToken(AppId, _connector.ServiceUrl))).StatusCode;

    [Fact]
    public async Task ATokenSignedWithANewlyRotatedKeyIsAcceptedAfterOneRefresh()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        var fetched = _issuer.KeyRequests;

        _issuer.RotateKey();

        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, _issuer.KeyRequests);
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, _issuer.KeyRequests);
    }

    [Fact]
    public async Task UnknownKeysRefreshTheKeysAtMostOncePerFiveMinutes()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        _issuer.RotateKey();
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        var fetched = _issuer.KeyRequests;

        _issuer.RotateKey();
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync());
        Assert.Equal(fetched, _issuer.KeyRequests);

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, _issuer.KeyRequests);
    }
}
