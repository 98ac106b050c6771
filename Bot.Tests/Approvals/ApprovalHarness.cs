using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Approvals;

/// <summary>
/// The real bot (BotFactory) talking to the fake Bot Connector, with a three-member roster, a Secretario Técnico and
/// the commission's conversation; sends activities to /api/messages the way Teams does.
/// </summary>
public sealed class ApprovalHarness : IAsyncDisposable
{
    public const string CommissionConversation = "19:comision-spen@thread.tacv2";
    public const string PersonalChat = "a:st-personal-chat";
    public const string BotId = "28:programabot";
    public const string ApiKey = "clave-de-prueba-0123456789";

    public static readonly Person Secretario = new("user-st", "00000000-0000-0000-0000-0000000000aa", "Secretario Técnico");
    public static readonly Person[] Members =
    [
        new("user-m1", "00000000-0000-0000-0000-0000000000b1", "Presidenta Uno"),
        new("user-m2", "00000000-0000-0000-0000-0000000000b2", "Integrante Dos"),
        new("user-m3", "00000000-0000-0000-0000-0000000000b3", "Integrante Tres"),
    ];

    public static readonly Person Outsider = new("user-x", "00000000-0000-0000-0000-0000000000cc", "Invitado");

    public sealed record Person(string Id, string AadObjectId, string Name);

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsConnector;
    private readonly DateTimeOffset _start;

    private ApprovalHarness(FakeBotConnector connector, Dictionary<string, string?> settings, DateTimeOffset start, bool ownsConnector = true)
    {
        Connector = connector;
        _settings = settings;
        _start = start;
        _ownsConnector = ownsConnector;
        Factory = new BotFactory(settings, new FakeTimeProvider(start));
        Client = Factory.CreateClient();
    }

    /// <summary>A second instance with the same settings, start time and Connector (another server behind the load balancer).</summary>
    public ApprovalHarness Sibling() => new(Connector, _settings, _start, ownsConnector: false);

    public FakeBotConnector Connector { get; }
    public BotFactory Factory { get; }
    public HttpClient Client { get; }
    public IApprovalStore Store => Factory.Services.GetRequiredService<IApprovalStore>();
    public IServiceProvider Services => Factory.Services;

    /// <summary>The bot's clock, frozen at its start (<see cref="ApprovalTestData.Now"/> unless given) until a test moves it.</summary>
    public FakeTimeProvider Time => Factory.FakeTime!;

    public static async Task<ApprovalHarness> StartAsync(Dictionary<string, string?>? extra = null, DateTimeOffset? now = null)
    {
        var connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Commission:ConversationId"] = CommissionConversation,
            ["Commission:DecisionRule"] = "Majority",
            ["Commission:SecretarioTecnico:Name"] = Secretario.Name,
            ["Commission:SecretarioTecnico:TeamsId"] = Secretario.Id,
            ["Commission:SecretarioTecnico:AadObjectId"] = Secretario.AadObjectId,
            ["Approvals:ApiKey"] = ApiKey,
            // The publication sweep's cron must not race the tests' own sweeps; tests run it themselves (or trigger it).
            ["Approvals:PublicationSweepCron"] = "0 0 1 1 *",
        };
        for (var i = 0; i < Members.Length; i++)
        {
            settings[$"Commission:Members:{i}:Name"] = Members[i].Name;
            settings[$"Commission:Members:{i}:TeamsId"] = Members[i].Id;
            settings[$"Commission:Members:{i}:AadObjectId"] = Members[i].AadObjectId;
            settings[$"Commission:Members:{i}:Role"] = i == 0 ? "Presidenta" : "Integrante";
        }

        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new ApprovalHarness(connector, settings, now ?? ApprovalTestData.Now);
    }

    /// <summary>Who Teams lists as the members of <paramref name="conversationId"/> (GET …/pagedmembers).</summary>
    public void ListMembers(string conversationId, params Person[] people)
        => Connector.Members[conversationId] = [.. people.Select(p => new FakeBotConnector.Member(p.Id, p.AadObjectId, p.Name))];

    /// <summary>The bot is added to the commission's conversation: its reference is stored.</summary>
    public Task JoinCommissionAsync() => PostAsync(new JsonObject
    {
        ["type"] = "conversationUpdate",
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
    }, Members[0], CommissionConversation);

    public Task<HttpResponseMessage> SendTextAsync(Person from, string conversationId, string text)
        => PostAsync(new JsonObject { ["type"] = "message", ["text"] = text }, from, conversationId);

    /// <summary>An Action.Execute click (or automatic refresh); returns the invoke response body.</summary>
    public async Task<JsonNode> InvokeAsync(Person from, string conversationId, string? replyToId, string verb, JsonObject data, bool automatic = false)
    {
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
                ["trigger"] = automatic ? "automatic" : "manual",
            },
        };
        using var response = await PostAsync(activity, from, conversationId);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>The Secretario Técnico opens the form and submits it; returns the request id and the posted card's id.</summary>
    public async Task<(string RequestId, string CardActivityId)> CreateRequestAsync()
    {
        (await SendTextAsync(Secretario, PersonalChat, "nueva solicitud dictamen-incentivos")).EnsureSuccessStatusCode();
        var form = LastCardSentTo(PersonalChat);
        var submit = Action(form, "approvals.submit");
        var data = (JsonObject)submit["data"]!.DeepClone();
        foreach (var (key, value) in ApprovalTestData.DictamenFields())
        {
            data[key] = value;
        }

        var response = await InvokeAsync(Secretario, PersonalChat, "form-message", "approvals.submit", data);
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("Solicitud enviada", Json(response["value"]!), StringComparison.Ordinal);
        var requestId = await FolioOfAsync(data["formId"]!.GetValue<string>());
        var stored = await Store.GetAsync(requestId, default) ?? throw new Xunit.Sdk.XunitException($"{requestId} was not stored");
        return (requestId, stored.Request.CardActivityId!);
    }

    /// <summary>The folio a form's (or programme draft's) token took when it was submitted.</summary>
    public async Task<string> FolioOfAsync(string token)
        => await Services.GetRequiredService<IRequestFolios>().FindAsync(token, default)
           ?? throw new Xunit.Sdk.XunitException($"The token {token} took no folio");

    /// <summary>
    /// Records a vote the way an instance does before it publishes anything, and publishes nothing: what is left when
    /// the process dies between the commit and the card update.
    /// </summary>
    public async Task<VoteOutcome> CommitWithoutPublishingAsync(Person who, VoteChoice choice, CardState card)
    {
        var member = (await Services.GetRequiredService<CommissionRoster>().CurrentAsync(default)).FindMember(new ChannelAccount { Id = who.Id, AadObjectId = who.AadObjectId })
                     ?? throw new Xunit.Sdk.XunitException($"{who.Name} is not on the roster");
        return await Services.GetRequiredService<VoteRecorder>().CastAsync(card, member, choice, null, CommissionConversation, default);
    }

    /// <summary>The decision announcements («La Comisión decidió la solicitud …») the bot posted into a conversation.</summary>
    public IReadOnlyList<FakeBotConnector.ConnectorCall> AnnouncementsTo(string conversationId)
        => [.. PostsTo(conversationId).Where(c => c.Body?["text"]?.GetValue<string>()?.Contains("decidió la solicitud", StringComparison.Ordinal) == true)];

    /// <summary>The request version a card update carries (the base card's refresh data).</summary>
    public static long CardVersion(FakeBotConnector.ConnectorCall update)
        => update.Body!["attachments"]![0]!["content"]!["refresh"]!["action"]!["data"]!["version"]!.GetValue<long>();

    public static JsonNode CardOf(FakeBotConnector.ConnectorCall update) => update.Body!["attachments"]![0]!["content"]!;

    public JsonObject LastCardSentTo(string conversationId)
        => (JsonObject)Connector.Calls.Last(c => c.Method == "POST" && IsIn(c, conversationId)
            && c.Body?["attachments"] is not null).Body!["attachments"]![0]!["content"]!;

    /// <summary>Messages the bot sent (POST) into a conversation.</summary>
    public IReadOnlyList<FakeBotConnector.ConnectorCall> PostsTo(string conversationId)
        => [.. Connector.Calls.Where(c => c.Method == "POST" && IsIn(c, conversationId))];

    /// <summary>The fake records the request path as ASP.NET Core decodes it.</summary>
    private static bool IsIn(FakeBotConnector.ConnectorCall call, string conversationId)
        => call.Path.Contains($"/v3/conversations/{conversationId}/", StringComparison.Ordinal)
           || call.Path.Contains($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/", StringComparison.Ordinal);

    public IReadOnlyList<FakeBotConnector.ConnectorCall> CardUpdates(string cardActivityId)
        => [.. Connector.Calls.Where(c => c.Method == "PUT" && c.Path.EndsWith($"/activities/{cardActivityId}", StringComparison.Ordinal))];

    /// <summary>The action with <paramref name="verb"/> anywhere in the card.</summary>
    public static JsonObject Action(JsonNode card, string verb)
        => Find(card, n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == verb)
           ?? throw new Xunit.Sdk.XunitException($"The card has no Action.Execute «{verb}»: {card.ToJsonString()}");

    public static bool HasAction(JsonNode card, string verb)
        => Find(card, n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == verb) is not null;

    /// <summary>Card JSON with Spanish text unescaped, for Contains checks.</summary>
    public static string Json(JsonNode node) => node.ToJsonString(ProgramaBot.BotFramework.Activities.BotJson.Options);

    public static string[] RefreshUserIds(JsonNode card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(n => n!.GetValue<string>())];

    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> match) => node switch
    {
        JsonObject o when match(o) => o,
        JsonObject o => o.Select(p => Find(p.Value, match)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, match)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, Person from, string conversationId)
        => PostAsync(activity, from, conversationId);

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, Person from, string conversationId)
    {
        activity["id"] ??= Guid.NewGuid().ToString("N");
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = Connector.ServiceUrl;
        activity["from"] = new JsonObject { ["id"] = from.Id, ["aadObjectId"] = from.AadObjectId, ["name"] = from.Name };
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ProgramaBot" };
        activity["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationId == PersonalChat ? "personal" : "channel",
            ["tenantId"] = "tenant-1",
        };
        return await Client.PostAsJsonAsync("/api/messages", activity);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (_ownsConnector)
        {
            await Connector.DisposeAsync();
        }
    }
}
