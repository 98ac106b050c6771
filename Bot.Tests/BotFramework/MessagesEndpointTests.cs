using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public MessagesEndpointTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ExpectRepliesReturnsSpanishRepliesInTheBody()
    {
        var response = await _client.PostActivityAsync(Activities.Message("hola", "http://localhost:1/", expectReplies: true));

        var replies = await response.RepliesAsync();
        Assert.NotEmpty(replies);
        var reply = replies[0]!;
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Contains("ProgramaBot", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("es-MX", reply["locale"]!.GetValue<string>());
        Assert.Equal("29:user-1", reply["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedJsonIsBadRequest()
    {
        using var content = new StringContent("{\"nope", Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"hola\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not-an-object\"}")]
    public async Task ActivityWithoutUsableTypeIsBadRequest(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WrongContentTypeIsUnsupportedMediaType()
    {
        using var content = new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "text/plain");
        var response = await _client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimitIsPayloadTooLarge()
    {
        var activity = Activities.Message(new string('a', 300 * 1024), "http://localhost:1/", expectReplies: true);
        var response = await _client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ReplyWithoutServiceUrlIsBadRequest()
    {
        var activity = Activities.Message("hola", "http://localhost:1/");
        activity.Remove("serviceUrl");
        var response = await _client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlThatIsNotHttpIsBadRequest()
    {
        var response = await _client.PostActivityAsync(Activities.Message("hola", "file:///etc/passwd"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("somethingNew")]
    public async Task UnhandledActivityTypesAreAcknowledged(string type)
    {
        var response = await _client.PostActivityAsync(new JsonObject { ["type"] = type, ["id"] = "x" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownInvokeNameIsNotImplementedErrorBody()
    {
        var response = await _client.PostActivityAsync(Activities.Invoke("composeExtension/query", new JsonObject(), "http://localhost:1/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(501, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"action\":{}}")]
    [InlineData("{\"action\":{\"verb\":5}}")]
    [InlineData("{\"action\":[1,2]}")]
    public async Task MalformedCardActionValueIsA400ErrorBody(string value)
    {
        var response = await _client.PostActivityAsync(Activities.Invoke("adaptiveCard/action", JsonNode.Parse(value), "http://localhost:1/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownPropertiesAreAccepted()
    {
        var activity = Activities.Message("hola", "http://localhost:1/", expectReplies: true);
        activity["somethingTeamsAddsTomorrow"] = new JsonObject { ["deep"] = new JsonArray(1, 2, 3) };
        var response = await _client.PostActivityAsync(activity);
        Assert.NotEmpty(await response.RepliesAsync());
    }

    [Fact]
    public async Task HealthAndReadinessAnswer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/readyz")).StatusCode);
    }
}
