using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// Waiting for a pacing slot is not the Connector's time: with a global limit of 1 request/s and a per-attempt timeout
/// of 2 s, five replies at once must all be delivered, one a second — the last ones wait 3–4 s for their slot. (The
/// fan-out benchmark found deliveries failing as "Unreachable" when the wait for a slot ran into the per-attempt timeout.)
/// </summary>
public sealed class PacingWaitTests() : BotWithConnector(new Dictionary<string, string?>
{
    ["Connector:Timeout"] = "00:00:02",
    ["Connector:Pacing:Global:Count"] = "1",
    ["Connector:Pacing:Global:Window"] = "00:00:01",
    ["Connector:Pacing:GlobalMargin"] = "0",
})
{
    [Fact]
    public async Task RepliesQueuedBehindThePacerLongerThanTheTimeoutAreStillDelivered()
    {
        // A first turn warms the process (JIT, the connection to the Connector) so that only pacing is measured; then the
        // window it used is let pass.
        Assert.Equal(HttpStatusCode.OK, (await Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl, "a:warm-up"))).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var warmUp = Connector.CallsTo("POST", "/activities").Count;

        var answers = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl, $"a:paced-{i}"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var replies = Connector.CallsTo("POST", "/activities").Skip(warmUp).ToList();
        Assert.Equal(5, replies.Count);
        var spread = replies.Max(c => c.At) - replies.Min(c => c.At);
        Assert.True(spread >= TimeSpan.FromSeconds(3.5), $"five replies at 1/s went out within {spread}");
    }
}
