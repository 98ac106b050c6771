using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Support;
using Xunit.Abstractions;

namespace ProgramaBot.Tests.EndToEnd;

/// <summary>
/// The whole product as a commission would use it: the built bot as its own process (embedded programme, SQLite in a
/// temp folder, the Playground's users as the roster, a simulated clock) and the real Agents Playground as the Teams
/// client, driven only through the Playground's HTTP API and read only from its WebSocket stream.
/// Alex Wilber (user-id-0, the Playground's current user) is the Secretario Técnico and talks to the bot in his
/// personal chat; the commission is the Playground's group chat, where Megan, Adele and Isaiah vote.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class WholeProductTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secretario = "user-id-0";
    private const string Megan = "user-id-1";
    private const string Adele = "user-id-2";
    private const string Isaiah = "user-id-3";
    private const string Personal = AgentsPlayground.ConversationId;
    private const string Commission = AgentsPlayground.CommissionChatId;
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The bot's clock starts at 09:00 on 28 September 2021 in Durango (CDT, UTC−05:00 in 2021): one hour before the
    /// session the story sets for 10:00. So from the moment the date is set the 1-hour reminder is due and the 1-day one
    /// is already superseded: the only reminder the scan can send is the 1-hour one, at its first pass.
    /// </summary>
    public const string SimulatedStart = "2021-09-28T09:00:00-05:00";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private BotProcess _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(BotSettings());
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl, AgentsPlayground.CommissionTenantConfig);
        Log("bot and Playground started");
    }

    /// <summary>Everything else is the embedded defaults plus Bot/appsettings.Development.json (the Playground's users).</summary>
    public static Dictionary<string, string?> BotSettings() => new()
    {
        ["Commission:ConversationId"] = AgentsPlayground.CommissionChatId,
        ["Time:SimulatedStart"] = SimulatedStart,
        // The due scan every 10 s instead of every minute, so the reminder arrives seconds after it is due.
        ["Reminders:ScanCron"] = "*/10 * * * * *",
        ["Hangfire:SchedulePollingInterval"] = "00:00:02",
    };

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task TheCommissionUsesTheWholeProductThroughATeamsLikeClient()
    {
        await InstallWelcomesInBothChats();
        await AQuestionIsAnsweredWithItsSource();
        await SessionsArriveAsACardTheOfficialParserAccepts();
        var card = await TheSecretarioCreatesAGoalModificationRequestFromTheForm();
        await MembersVoteFromTheCardUntilItIsDecided(card);
        await ASubscribedChatGetsTheReminderUnderTheSimulatedClock();
        Log("done");
    }

    private async Task InstallWelcomesInBothChats()
    {
        await _playground.InstallAsync(Personal);
        await _playground.InstallAsync(Commission);
        var welcomes = await _playground.WaitForEachAsync(Step,
            f => Created(f, Personal) && AgentsPlayground.Text(f).Contains("Gracias por agregarme", StringComparison.Ordinal),
            f => Created(f, Commission) && AgentsPlayground.Text(f).Contains("Gracias por agregarme", StringComparison.Ordinal));
        Assert.All(welcomes, w => Assert.Contains("suscribir recordatorios", AgentsPlayground.Text(w), StringComparison.Ordinal));
        Log("1. installed in the personal chat and the commission's group chat: both welcomed");
    }

    private async Task AQuestionIsAnsweredWithItsSource()
    {
        await _playground.SendAsync("¿cuándo es la sesión ordinaria III?", Secretario, Personal);
        var answer = AgentsPlayground.Text(await _playground.WaitForAsync(f => Created(f, Personal) && AgentsPlayground.Text(f).Length > 0, Step));
        Assert.Contains("Sesión Ordinaria III", answer, StringComparison.Ordinal);
        Assert.Contains("septiembre de 2021", answer, StringComparison.Ordinal);
        Assert.Contains("Fuente: Programa Anual de Trabajo 2021", answer, StringComparison.Ordinal);
        Log("2. answer: " + answer.ReplaceLineEndings(" "));
    }

    private async Task SessionsArriveAsACardTheOfficialParserAccepts()
    {
        await _playground.SendAsync("sesiones", Secretario, Personal);
        var frame = await _playground.WaitForAsync(f => Created(f, Personal) && AgentsPlayground.Card(f) is not null, Step);
        var attachment = frame["message"]!["attachments"]![0]!;
        Assert.Equal(CardType, attachment["contentType"]!.GetValue<string>());
        var card = AgentsPlayground.Card(frame)!;
        var json = Json(card);
        foreach (var session in new[] { "Sesión Ordinaria I", "Sesión Ordinaria II", "Sesión Ordinaria III", "Sesión Ordinaria IV" })
        {
            Assert.Contains(session, json, StringComparison.Ordinal);
        }

        Assert.Contains("septiembre", card["fallbackText"]?.GetValue<string>() ?? "", StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"programabot-e2e-sessions-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var result = await NodeScript.RunAsync("validate-cards.mjs", [file]);
            Assert.True(result.ExitCode == 0, $"The official parser refused the sessions card:\n{result.StandardOutput}\n{result.StandardError}");
        }
        finally
        {
            File.Delete(file);
        }

        Log("3. sessions card arrived (" + json.Length + " chars) and passed tools/validate-cards.mjs");
    }

    /// <summary>"nueva solicitud" in the personal chat, then the form's Enviar as an adaptiveCard/action invoke.</summary>
    private async Task<JsonObject> TheSecretarioCreatesAGoalModificationRequestFromTheForm()
    {
        await _playground.SendAsync("nueva solicitud modificacion-metas", Secretario, Personal);
        var formFrame = await _playground.WaitForAsync(f => Created(f, Personal) && AgentsPlayground.Card(f) is { } c && HasAction(c, "approvals.submit"), Step);
        var submit = FindAction(AgentsPlayground.Card(formFrame)!, "approvals.submit");
        var data = (JsonObject)submit["data"]!.DeepClone();
        foreach (var (field, value) in GoalModification)
        {
            data[field] = value;
        }

        var response = await _playground.InvokeAsync(Execute("approvals.submit", data), AgentsPlayground.MessageId(formFrame), Secretario, Personal);
        Assert.Equal(CardType, response?["type"]?.GetValue<string>());
        Assert.Contains("Solicitud enviada a la Comisión", Json(response!["value"]!), StringComparison.Ordinal);

        var posted = await _playground.WaitForAsync(f => Created(f, Commission) && AgentsPlayground.Card(f) is { } c && c["refresh"] is not null, Step);
        var card = AgentsPlayground.Card(posted)!;
        Assert.Contains("Modificación de meta individual MI-07", Json(card), StringComparison.Ordinal);
        Assert.Contains("3.5.2", Json(card), StringComparison.Ordinal);
        Assert.Equal([Megan, Adele, Isaiah], RefreshUserIds(card));
        Log($"4. request created from the form (invoke approvals.submit); card {AgentsPlayground.MessageId(posted)} posted in the commission's chat");
        return posted;
    }

    private async Task MembersVoteFromTheCardUntilItIsDecided(JsonObject posted)
    {
        var cardId = AgentsPlayground.MessageId(posted);
        var refresh = (JsonObject)AgentsPlayground.Card(posted)!["refresh"]!["action"]!["data"]!;

        // Megan's client refreshes the card into her ballot (she is in refresh.userIds); she approves.
        var meganBallot = await Invoke(Megan, cardId, "refresh", refresh, automatic: true);
        var first = await Invoke(Megan, cardId, "approvals.approve", (JsonObject)FindAction(meganBallot, "approvals.approve")["data"]!);
        Assert.Contains("Registré su voto: A favor", Json(first), StringComparison.Ordinal);
        var update = await _playground.WaitForAsync(f => Updated(f, cardId), Step);
        var afterFirst = AgentsPlayground.Card(update)!;
        Assert.Equal([Adele, Isaiah], RefreshUserIds(afterFirst));
        Assert.Contains("A favor: 1", Json(afterFirst), StringComparison.Ordinal);
        Log("5. Megan approved: everyone's card replaced through the Playground's connector (updateMessage), tally A favor: 1");

        // Adele approves: two of three is a majority, the request is decided and announced in both chats.
        var adeleBallot = await Invoke(Adele, cardId, "refresh", refresh, automatic: true);
        var second = await Invoke(Adele, cardId, "approvals.approve", (JsonObject)FindAction(adeleBallot, "approvals.approve")["data"]!);
        Assert.Contains("APROBADA", Json(second), StringComparison.Ordinal);
        var frames = await _playground.WaitForEachAsync(Step,
            f => Updated(f, cardId) && AgentsPlayground.Card(f) is { } c && Json(c).Contains("APROBADA", StringComparison.Ordinal),
            f => Created(f, Commission) && AgentsPlayground.Text(f).Contains("decidió la solicitud", StringComparison.Ordinal),
            f => Created(f, Personal) && AgentsPlayground.Text(f).Contains("decidió la solicitud", StringComparison.Ordinal));
        var decided = AgentsPlayground.Card(frames[0])!;
        Assert.Empty(RefreshUserIds(decided));
        Assert.False(HasAction(decided, "approvals.approve"));
        Assert.Contains("**APROBADA**", AgentsPlayground.Text(frames[1]), StringComparison.Ordinal);
        Assert.Contains("MI-07", AgentsPlayground.Text(frames[2]), StringComparison.Ordinal);

        // Isaiah clicks too late: refused, nothing changes.
        var late = await Invoke(Isaiah, cardId, "approvals.reject", (JsonObject)FindAction(adeleBallot, "approvals.approve")["data"]!);
        Assert.Contains("ya fue decidida", Json(late), StringComparison.Ordinal);
        Log("5. Adele approved: card updated to APROBADA without buttons, decision announced in both chats; Isaiah's late vote refused");
    }

    /// <summary>
    /// The commission's chat subscribes; the Secretario Técnico sets the date of Ordinaria III (10:00) in his chat; the
    /// 1-hour reminder, due since 09:00 on the simulated clock, arrives in the commission's chat at the next scan.
    /// </summary>
    private async Task ASubscribedChatGetsTheReminderUnderTheSimulatedClock()
    {
        await _playground.SendAsync("suscribir recordatorios", Secretario, Commission);
        var subscribed = await _playground.WaitForAsync(f => Created(f, Commission) && AgentsPlayground.Text(f).Length > 0, Step);
        Assert.True(AgentsPlayground.Text(subscribed).Contains("recibirá los recordatorios", StringComparison.Ordinal),
            "«suscribir recordatorios» was not understood (is the reminders feature, Bot/Reminders, in this build?): " + AgentsPlayground.Text(subscribed));

        await _playground.SendAsync("programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", Secretario, Personal);
        var confirmation = AgentsPlayground.Text(await _playground.WaitForAsync(
            f => Created(f, Personal) && AgentsPlayground.Text(f).Contains("Entendido", StringComparison.Ordinal), Step));
        Assert.Contains("28 de septiembre de 2021", confirmation, StringComparison.Ordinal);
        Assert.Contains("10:00 h (hora del centro de México)", confirmation, StringComparison.Ordinal);
        Log("6. subscribed the commission's chat; date set: " + confirmation.ReplaceLineEndings(" "));

        var reminder = AgentsPlayground.Text(await _playground.WaitForAsync(
            f => Created(f, Commission) && AgentsPlayground.Text(f).Contains("Recordatorio", StringComparison.Ordinal)
                 && AgentsPlayground.Text(f).Contains("Falta 1 hora.", StringComparison.Ordinal),
            TimeSpan.FromSeconds(75)));
        Assert.Contains("Sesión Ordinaria III", reminder, StringComparison.Ordinal);
        Assert.Contains("28 de septiembre de 2021", reminder, StringComparison.Ordinal);
        Log("6. reminder: " + reminder);
    }

    private static readonly Dictionary<string, string> GoalModification = new()
    {
        ["movimiento"] = "modificacion",
        ["alcance"] = "individual",
        ["periodo"] = "2020-2021",
        ["meta"] = "MI-07",
        ["descripcion"] = "Atender en tiempo las solicitudes de información del Órgano de Enlace.",
        ["justificacion"] = "El calendario del proceso electoral local 2021-2022 adelanta la fecha de entrega.",
        ["afectados"] = "Órgano de Enlace del SPEN",
    };

    /// <summary>A click (or automatic refresh) by <paramref name="user"/> in the commission's chat; returns the card the bot answers with.</summary>
    private async Task<JsonNode> Invoke(string user, string cardId, string verb, JsonObject data, bool automatic = false)
    {
        var response = await _playground.InvokeAsync(Execute(verb, data, automatic), cardId, user, Commission);
        Assert.Equal(CardType, response?["type"]?.GetValue<string>());
        return response!["value"]!;
    }

    private static JsonObject Execute(string verb, JsonObject data, bool automatic = false) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
        ["trigger"] = automatic ? "automatic" : "manual",
    };

    private static bool Created(JsonObject frame, string conversation)
        => AgentsPlayground.Action(frame) == "createMessage" && AgentsPlayground.Conversation(frame) == conversation;

    private static bool Updated(JsonObject frame, string messageId)
        => AgentsPlayground.Action(frame) == "updateMessage" && AgentsPlayground.MessageId(frame) == messageId;

    private static string[] RefreshUserIds(JsonNode card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(n => n!.GetValue<string>())];

    private static bool HasAction(JsonNode card, string verb) => Find(card, verb) is not null;

    private static JsonObject FindAction(JsonNode card, string verb)
        => Find(card, verb) ?? throw new Xunit.Sdk.XunitException($"The card has no Action.Execute «{verb}»: {Json(card)}");

    private static JsonObject? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Select(p => Find(p.Value, verb)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, verb)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Card JSON with Spanish text unescaped, for Contains checks (and for the parser's file).</summary>
    private static string Json(JsonNode node) => node.ToJsonString(Readable);

    private void Log(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {line}");
}
