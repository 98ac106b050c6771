using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// The bot's own Bot Connector token goes only where a Bot Framework token vouched for (its serviceurl claim) or to an
/// allow-listed Connector; an activity that merely names a host moves nothing. <see cref="_attacker"/> plays a host of
/// whoever wrote such an activity: whatever happens, it must hear nothing.
/// </summary>
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private const string Commission = "19:comision@thread.tacv2";
    private const string ApiKey = "clave-de-prueba-0123456789";
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _teams = null!;
    private FakeBotConnector _allowListed = null!;
    private FakeBotConnector _attacker = null!;
    private BotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _teams = await FakeBotConnector.StartAsync();
        _allowListed = await FakeBotConnector.StartAsync();
        _attacker = await FakeBotConnector.StartAsync();
        var settings = _issuer.BotSettings(AppId);
        settings["Connector:AllowedServiceUrls:0"] = _allowListed.ServiceUrl;
        settings["Commission:ConversationId"] = Commission;
        settings["Approvals:ApiKey"] = ApiKey;
        _bot = new BotFactory(settings, new FakeTimeProvider(ApprovalTestData.Now));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _attacker.DisposeAsync();
        await _allowListed.DisposeAsync();
        await _teams.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    /// <summary>Teams adds the bot to the commission's channel, with a Bot Framework token for its own serviceUrl.</summary>
    private async Task JoinCommissionFromTeamsAsync()
    {
        var joined = Activities.ConversationUpdate(_teams.ServiceUrl, Commission, [new JsonObject { ["id"] = Activities.BotId }]);
        var response = await _client.PostActivityAsync(joined, _issuer.CreateToken(AppId, _teams.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<ConversationReference?> StoredCommissionReferenceAsync()
        => await _bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(Commission, default);

    private async Task<HttpResponseMessage> CreateApprovalRequestAsync()
    {
        var fields = new JsonObject([.. ApprovalTestData.DictamenFields().Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))]);
        var body = new JsonObject { ["kind"] = "dictamen-incentivos", ["fields"] = fields };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/approvals")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", ApiKey);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task AnAcceptedEntraTokenNamingAnotherHostIsForbiddenAndThatHostHearsNothing()
    {
        var message = Activities.Message("hola", _attacker.ServiceUrl, conversationId: Commission, conversationType: "channel");

        var response = await _client.PostActivityAsync(message, _issuer.CreateEntraToken(AppId, AppId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_attacker.Calls);
    }

    [Fact]
    public async Task ATokenWithoutServiceUrlCannotMoveTheStoredReference()
    {
        await JoinCommissionFromTeamsAsync();
        Assert.Equal(_teams.ServiceUrl, (await StoredCommissionReferenceAsync())?.ServiceUrl);

        // Even to a Connector the bot may answer: only the Bot Connector's own word moves a conversation.
        var message = Activities.Message("hola", _allowListed.ServiceUrl, conversationId: Commission, conversationType: "channel");
        var response = await _client.PostActivityAsync(message, _issuer.CreateEntraToken(AppId, AppId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(_teams.ServiceUrl, (await StoredCommissionReferenceAsync())?.ServiceUrl);
        Assert.Equal(HttpStatusCode.Created, (await CreateApprovalRequestAsync()).StatusCode);
        Assert.Contains(_teams.Calls, c => c.Method == "POST" && c.Body?["attachments"] is not null);
        // The reply to «hola» itself goes back where it came from; the request card (a new message) must not.
        Assert.DoesNotContain(_allowListed.Calls, c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)
                                                       && c.Body?["attachments"] is not null);
    }

    [Fact]
    public async Task AnEntraTokenCannotCreateAReference()
    {
        var message = Activities.Message("hola", _allowListed.ServiceUrl, conversationId: Commission, conversationType: "channel");

        await _client.PostActivityAsync(message, _issuer.CreateEntraToken(AppId, AppId));

        Assert.Null(await StoredCommissionReferenceAsync());
    }

    [Fact]
    public async Task AReferenceStoredWithAForeignHostNeverGetsTheBotsToken()
    {
        // As a reference moved by an activity before this rule existed would be.
        var store = _bot.Services.GetRequiredService<IConversationReferenceStore>();
        await store.UpsertAsync(new ConversationReference
        {
            ConversationId = Commission, ServiceUrl = _attacker.ServiceUrl, ConversationType = "channel", BotId = Activities.BotId,
        }, default);

        using var created = await CreateApprovalRequestAsync();

        // The card cannot be posted, as when Teams is unreachable: the API says so and nothing left for that host.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, created.StatusCode);
        Assert.Empty(_attacker.Calls);
    }

    [Fact]
    public async Task AServiceUrlVouchedForByTheBotConnectorGetsTheRepliesAndTheCards()
    {
        await JoinCommissionFromTeamsAsync();

        Assert.Equal(HttpStatusCode.Created, (await CreateApprovalRequestAsync()).StatusCode);

        var card = Assert.Single(_teams.Calls, c => c.Method == "POST" && c.Body?["attachments"] is not null);
        Assert.StartsWith("Bearer ", card.Authorization, StringComparison.Ordinal);
        Assert.Empty(_attacker.Calls);
    }
}
