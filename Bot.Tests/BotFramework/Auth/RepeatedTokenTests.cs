using System.Net;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>
/// The Bot Connector sends the same token with many activities, and a token validated once is not verified again
/// (ValidatedTokens). Everything that depends on the activity or on the issuer's keys is still checked every time.
/// </summary>
public sealed class RepeatedTokenTests : SignedBotTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    protected override FakeTimeProvider Time => _time;

    private async Task<HttpStatusCode> PostAsync(string token, string? serviceUrl = null, string channelId = "msteams")
    {
        var activity = Activities.Message("hola", serviceUrl ?? Connector.ServiceUrl);
        activity["channelId"] = channelId;
        return (await Client.PostActivityAsync(activity, token)).StatusCode;
    }

    [Fact]
    public async Task ATokenSeenBeforeIsAcceptedAgain()
    {
        var token = Issuer.CreateToken(AppId, Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
        Assert.Equal(2, Connector.Calls.Count);
    }

    [Fact]
    public async Task ATokenSeenBeforeMustStillMatchEachActivitysServiceUrl()
    {
        var token = Issuer.CreateToken(AppId, Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token, serviceUrl: "https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task ATokenSeenBeforeMustStillBeEndorsedForEachActivitysChannel()
    {
        var token = Issuer.CreateToken(AppId, Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token, channelId: "webchat"));
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("trailing")]
    public async Task AnAlteredCopyOfATokenSeenBeforeIsRefused(string part)
    {
        var token = Issuer.CreateToken(AppId, Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));

        var parts = token.Split('.');
        var altered = part switch
        {
            "signature" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            "payload" => $"{parts[0]}.{Flip(parts[1])}.{parts[2]}",
            _ => token + "A",
        };

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(altered));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
    }

    [Fact]
    public async Task ATokenSeenBeforeIsRefusedOnceTheIssuerNoLongerPublishesItsKey()
    {
        var token = Issuer.CreateToken(AppId, Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));

        Issuer.RotateKey();
        Issuer.WithdrawKey(FakeTokenIssuer.KeyId);
        _time.Advance(TimeSpan.FromHours(12)); // the keys' regular refresh

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl)));
    }

    /// <summary>Another base64url character in the middle of a part: a different token that still reads as one.</summary>
    private static string Flip(string part)
    {
        var middle = part.Length / 2;
        return string.Concat(part.AsSpan(0, middle), part[middle] == 'A' ? "B" : "A", part.AsSpan(middle + 1));
    }
}
