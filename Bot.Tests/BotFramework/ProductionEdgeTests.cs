using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// Outside Development the edge is stricter: only Teams' channel, and the bot's token only over https, whatever a token
/// vouches for. (A local fake Connector speaks http, so here it must stay silent.)
/// </summary>
public sealed class ProductionEdgeTests : SignedBotTests
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["environment"] = "Production";
        settings["Commission:Members:0:Name"] = "Integrante de prueba";
        settings["Commission:Members:0:AadObjectId"] = "00000000-0000-0000-0000-0000000000b1";
    }

    [Fact]
    public async Task AnotherChannelIsForbidden()
    {
        Issuer.Endorsements = ["msteams", "webchat"];
        var activity = Activities.Message("hola", Connector.ServiceUrl, expectReplies: true);
        activity["channelId"] = "webchat";

        var response = await Client.PostActivityAsync(activity, Issuer.CreateToken(AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AVouchedForPlainHttpServiceUrlGetsNoTokenOutsideDevelopment()
    {
        var response = await Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl), Issuer.CreateToken(AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task TeamsAnswersInProductionAsEver()
    {
        var response = await Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl, expectReplies: true),
            Issuer.CreateToken(AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
    }
}
