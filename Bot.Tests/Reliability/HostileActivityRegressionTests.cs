using System.Net;
using System.Text;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// Well-formed JSON with hostile shapes that the fuzzer found answered with 500 (an unhandled exception):
/// wrong JSON kinds where the bot reads strings, nulls inside arrays, duplicate keys. Each must be a 2xx or a 4xx.
/// </summary>
public sealed class HostileActivityRegressionTests : IDisposable
{
    private const string Rest = "\"deliveryMode\":\"expectReplies\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://localhost:1/\","
        + "\"conversation\":{\"id\":\"c1\"},\"from\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"b1\"},\"id\":\"a1\"";

    private const string NoTenant = "\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://localhost:1/\","
        + "\"conversation\":{\"id\":\"c2\"},\"from\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"b1\"}";

    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public HostileActivityRegressionTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    [Theory]
    // Mentions: entity fields of the wrong JSON kind, a null entity.
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"entities\":[{\"type\":5}]," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"entities\":[{\"type\":\"mention\",\"mentioned\":\"x\"}]," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"entities\":[{\"type\":\"mention\",\"mentioned\":{\"id\":\"b1\"},\"text\":7}]," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"entities\":[null]," + Rest + "}")]
    // Conversation reference: channelData.tenant not an object, tenant.id not a string.
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"channelData\":{\"tenant\":\"x\"}," + NoTenant + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"channelData\":{\"tenant\":{\"id\":3}}," + NoTenant + "}")]
    // conversationUpdate with a null member.
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[null,{\"id\":\"b1\"}]," + Rest + "}")]
    // Duplicate keys inside objects the bot reads lazily.
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"entities\":[{\"type\":\"mention\",\"type\":\"x\"}]," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"channelData\":{\"a\":1,\"a\":2}," + Rest + "}")]
    [InlineData("{\"type\":\"conversationUpdate\",\"channelData\":{\"eventType\":\"x\",\"eventType\":\"teamDeleted\"}," + Rest + "}")]
    // Escaped lone surrogates in property names (valid JSON, invalid UTF-16) at any depth.
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"channelData\":{\"tenant\":{\"id\":[{\"\\ud800\":null}]}}," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"\\udfff\":1," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"value\":{\"verb\":\"x\",\"data\":{\"\\udfff\":[]}}," + Rest + "}")]
    // Escaped lone surrogates read later: an invoke verb, an unknown key echoed back in the reply's recipient.
    [InlineData("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"value\":{\"action\":{\"verb\":\"\\ud800\"}}," + Rest + "}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://localhost:1/\","
        + "\"conversation\":{\"id\":\"c5\"},\"from\":{\"id\":\"u1\",\"\\ud800x\":1},\"recipient\":{\"id\":\"b1\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://localhost:1/\","
        + "\"conversation\":{\"id\":\"c6\"},\"from\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"b1\",\"x\":\"\\udfff\"}}")]
    public async Task HostileShapeIsNeverAServerError(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/messages", content);

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode} for {body}");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
    }
}

/// <summary>
/// Ids go into Connector URLs and storage keys (an Azure Table key holds 1 KiB; ours are base64 of the id): an id far
/// longer than any Teams id made the reply URL too long for the Connector (502) and cannot be stored in Azure Tables.
/// </summary>
public sealed class OversizedIdTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new BotFactory();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task AnIdLongerThanAnyTeamsIdIsBadRequest(string where)
    {
        var huge = new string('a', 50_000);
        var activity = Activities.Message("hola", _connector.ServiceUrl);
        switch (where)
        {
            case "id": activity["id"] = huge; break;
            case "conversation": activity["conversation"]!["id"] = huge; break;
            default: activity["from"]!["id"] = huge; break;
        }

        using var client = _bot.CreateClient();
        var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TeamsSizedIdsStillWork()
    {
        var activity = Activities.Message("hola", _connector.ServiceUrl,
            conversationId: "19:" + new string('b', 200) + "@thread.tacv2;messageid=1700000000000");
        using var client = _bot.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(activity)).StatusCode);
    }
}
