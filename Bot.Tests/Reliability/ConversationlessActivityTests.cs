using System.Net;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// An activity that asks for a reply through the Connector but names no conversation cannot be answered: the fuzzer
/// found such messages posted to <c>/v3/conversations//activities</c>, all queued in one pacing lane, answered after
/// 16 s (past Teams' 15 s). They are refused with a 400 that says what is missing, and nothing is sent.
/// </summary>
public sealed class ConversationlessActivityTests : BotWithConnector
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"id\":\"\"}")]
    [InlineData("{\"conversationType\":\"personal\",\"tenantId\":\"t1\"}")]
    [InlineData(null)]
    public async Task AMessageWithoutAConversationIdIsRefusedAndNothingIsSent(string? conversation)
    {
        var activity = Activities.Message("¿Cuándo es la sesión ordinaria III?", Connector.ServiceUrl);
        activity.Remove("conversation");
        if (conversation is not null)
        {
            activity["conversation"] = JsonNode.Parse(conversation);
        }

        var response = await Client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Connector.Calls);
    }
}
