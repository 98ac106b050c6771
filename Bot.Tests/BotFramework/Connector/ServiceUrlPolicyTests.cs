using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework;
using ProgramaBot.BotFramework.Connector.Trust;

namespace ProgramaBot.Tests.BotFramework.Connector;

/// <summary>Which URLs may receive the bot's token: Teams' Connector hosts and what a Bot Framework token vouched for, nothing that only looks like them.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(string environment = "Production", string? appId = "app-1", params string[] allowed)
        => new(Options.Create(new BotOptions { MicrosoftAppId = appId }),
            Options.Create(new ServiceUrlOptions { AllowedServiceUrls = allowed.Length > 0 ? allowed : null }),
            new HostingEnvironment { EnvironmentName = environment });

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc/activities")]
    [InlineData("https://SMBA.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams/")]
    public void TeamsConnectorHostsAreAllowedByDefault(string url) => Assert.True(Policy().Allows(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evil.example/smba.trafficmanager.net/")]
    [InlineData("https://user@smba.trafficmanager.net/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("https://127.0.0.1/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsRefused(string? url) => Assert.False(Policy().Allows(url));

    [Fact]
    public void AVouchedServiceUrlIsAllowedOnlyUnderItsOwnPath()
    {
        var policy = Policy(allowed: "https://connector.example/only/");
        policy.Vouch("https://bots.example/region-1");

        Assert.True(policy.Allows("https://bots.example/region-1/v3/conversations/c/activities"));
        Assert.False(policy.Allows("https://bots.example/region-10/"));
        Assert.False(policy.Allows("https://bots.example/"));
        Assert.False(policy.Allows("https://smba.trafficmanager.net/amer/")); // a setting replaces the default list
    }

    [Fact]
    public void PlainHttpIsAllowedOnlyInDevelopment()
    {
        Assert.True(Policy("Development", allowed: "http://127.0.0.1:5000/").Allows("http://127.0.0.1:5000/v3/conversations"));
        Assert.False(Policy("Production", allowed: "http://127.0.0.1:5000/").Allows("http://127.0.0.1:5000/v3/conversations"));
    }

    [Fact]
    public void LocalModeSendsNoTokenSoNothingIsRestricted() => Assert.True(Policy("Development", appId: null).Allows("http://localhost:1/"));

    [Fact]
    public void AnHttpAllowListOutsideDevelopmentIsAConfigurationError()
    {
        Assert.False(new ServiceUrlOptions { AllowedServiceUrls = ["http://connector.example/"] }.IsValid(development: false));
        Assert.True(new ServiceUrlOptions { AllowedServiceUrls = ["http://connector.example/"] }.IsValid(development: true));
        Assert.False(new ServiceUrlOptions { AllowedServiceUrls = ["not a url"] }.IsValid(development: true));
        Assert.True(new ServiceUrlOptions().IsValid(development: false));
    }
}
