using System.Net;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>
/// Issuers rotate their keys: a token signed with a key the bot has not seen yet makes it fetch the keys once more and
/// try again, at most once per five minutes, instead of answering 401 until the twelve-hourly refresh.
/// </summary>
public sealed class SigningKeyRefreshTests : SignedBotTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    protected override FakeTimeProvider Time => _time;

    private async Task<HttpStatusCode> PostAsync()
        => (await Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl), Issuer.CreateToken(AppId, Connector.ServiceUrl))).StatusCode;

    [Fact]
    public async Task ATokenSignedWithANewlyRotatedKeyIsAcceptedAfterOneRefresh()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        var fetched = Issuer.KeyRequests;

        Issuer.RotateKey();

        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, Issuer.KeyRequests);
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, Issuer.KeyRequests);
    }

    [Fact]
    public async Task UnknownKeysRefreshTheKeysAtMostOncePerFiveMinutes()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Issuer.RotateKey();
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        var fetched = Issuer.KeyRequests;

        Issuer.RotateKey();
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync());
        Assert.Equal(fetched, Issuer.KeyRequests);

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(fetched + 1, Issuer.KeyRequests);
    }
}
