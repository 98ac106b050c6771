using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// Waiting for a pacing slot is not the Connector's time: with a global limit of 1 request/s and a per-attempt timeout
/// of 1 s, four replies at once must all be delivered, one a second. (The fan-out benchmark found deliveries failing as
/// "Unreachable" when the wait for a slot ran into the per-attempt timeout.)
/// </summary>
public sealed class PacingWaitTests() : BotWithConnector(new Dictionary<string, string?>
{
    ["Connector:Timeout"] = "00:00:01",
    ["Connector:Pacing:Global:Count"] = "1",
    ["Connector:Pacing:Global:Window"] = "00:00:01",
    ["Connector:Pacing:GlobalMargin"] = "0",
})
{
    [Fact]
    public async Task RepliesQueuedBehindThePacerLongerThanTheTimeoutAreStillDelivered()
    {
        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl, $"a:paced-{i}"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var replies = Connector.CallsTo("POST", "/activities");
        Assert.Equal(4, replies.Count);
        var spread = replies.Max(c => c.At) - replies.Min(c => c.At);
        Assert.True(spread >= TimeSpan.FromSeconds(2.5), $"four replies at 1/s went out within {spread}");
    }
}
