using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Answers;
using ProgramaBot.Answers.Replies;
using ProgramaBot.BotFramework;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Bench;

/// <summary>
/// One question turn, whole and by stage: read + parse, authenticate (local mode, and a real signed token),
/// dispatch + answer + serialise (MessagesEndpoint end to end, without Kestrel), the answer alone.
/// Allocated bytes per operation are the figure that load on the machine cannot change.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string AppId = "00000000-0000-0000-0000-0000000000b0";

    private static readonly byte[] Question = Body("¿cuándo es la sesión ordinaria III?");

    /// <summary>Another session: asked in turn with <see cref="Question"/>, the conversation's subject changes and is written.</summary>
    private static readonly byte[] OtherQuestion = Body("¿cuándo es la sesión ordinaria IV?");

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(
        $$$"""{"type":"message","id":"a1","timestamp":"2026-11-29T17:00:00Z","serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams","from":{"id":"29:user","name":"Ana","aadObjectId":"aad-1"},"conversation":{"id":"a:conversation-1","conversationType":"personal","tenantId":"tenant-1"},"recipient":{"id":"28:bot","name":"ProgramaBot"},"text":"{{{text}}}","textFormat":"plain","locale":"es-MX","deliveryMode":"expectReplies","channelData":{"tenant":{"id":"tenant-1"}},"entities":[{"type":"clientInfo","locale":"es-MX"}]}""");

    /// <summary>
    /// Mid-2021, inside the built-in programme: with today's clock the question gets «No tengo cargado el programa de
    /// 2026…», a cheaper path than the answer members get. Every turn's reply is checked for <see cref="Expected"/>.
    /// </summary>
    private const string SimulatedStart = "2021-07-15T10:00:00-05:00";

    private const string Expected = "La Sesión Ordinaria III está programada para septiembre de 2021";

    private static readonly byte[] ExpectedUtf8 = Encoding.UTF8.GetBytes(Expected);

    private readonly byte[] _body = Question;
    private BotFactory _local = null!;
    private BotFactory _authenticated = null!;
    private FakeTokenIssuer _issuer = null!;
    private string _authorization = "";
    private Activity _activity = null!;
    private AnswerEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        // In-process, WebApplicationFactory does not find its manifest and would look for a "ProgramaBot" folder:
        // the bot's content root is Bot/ (appsettings*.json), found from the solution file upwards of this build.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ProgramaBot.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PROGRAMABOT",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("ProgramaBot.sln not found above the benchmark's build"), "Bot"));
        _local = new BotFactory(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Time:SimulatedStart"] = SimulatedStart });
        _ = _local.Services;
        _issuer = FakeTokenIssuer.StartAsync().GetAwaiter().GetResult();
        _authenticated = new BotFactory(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Time:SimulatedStart"] = SimulatedStart,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["BotAuthentication:TokenEndpointTemplate"] = _issuer.TokenEndpoint,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        });
        _ = _authenticated.Services;
        _authorization = "Bearer " + _issuer.CreateToken(AppId, ServiceUrl);
        _activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(Question, BotJson.Options)!;
        _engine = _local.Services.GetRequiredService<LiveAnswerEngine>().Current;
        if (_engine.Ask("¿cuándo es la sesión ordinaria III?").Text is var text && !text.StartsWith(Expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The benchmark question is not answered as members see it: {text}");
        }
        _otherExpected = Encoding.UTF8.GetBytes(_engine.Ask("¿cuándo es la sesión ordinaria IV?").Text.Split('.')[0]);

        // Warm the turn (reference captured, metadata fetched) so every measured operation is a steady-state turn.
        TurnLocal().GetAwaiter().GetResult();
        if (AuthenticateWithToken().GetAwaiter().GetResult() is null)
        {
            throw new InvalidOperationException("The signed token was refused: the token benchmarks would measure a rejection.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _local.Dispose();
        _authenticated.Dispose();
        _issuer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The whole turn in local mode: body read, parse, checks, reference, dispatch, answer, reply written.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> TurnLocal() => RunTurnAsync(_local, authorization: null);

    /// <summary>
    /// Question turns that alternate between two sessions, so each one stores the conversation's new subject (under wrk
    /// every request asks another question: this is its write, which <see cref="TurnLocal"/>'s repeated question skips).
    /// </summary>
    [Benchmark]
    public Task<int> TurnLocalSubjectChanged()
    {
        _otherNext = !_otherNext;
        return _otherNext ? RunTurnAsync(_local, authorization: null, OtherQuestion, _otherExpected) : RunTurnAsync(_local, authorization: null);
    }

    private bool _otherNext;
    private byte[] _otherExpected = [];

    /// <summary>The same turn with a Bot Framework token validated (signature, issuer, audience, serviceUrl claim).</summary>
    [Benchmark]
    public Task<int> TurnWithToken() => RunTurnAsync(_authenticated, _authorization);

    /// <summary>
    /// The bench's own share of <see cref="TurnLocal"/>: the request's <see cref="DefaultHttpContext"/>, its headers and
    /// body stream, as each turn builds them (Kestrel pools these; a turn through it does not allocate them).
    /// </summary>
    [Benchmark]
    public int Harness() => NewContext(authorization: null, _local.Services).Request.Headers.Count;

    /// <summary>Parsing the body into an <see cref="Activity"/> as the endpoint does.</summary>
    [Benchmark]
    public Activity? Parse() => ActivityReader.Read(_body);

    [Benchmark]
    public Task<InboundCaller?> AuthenticateLocal()
        => _local.Services.GetRequiredService<InboundAuthenticator>().AuthenticateAsync(null, _activity, CancellationToken.None);

    [Benchmark]
    public Task<InboundCaller?> AuthenticateWithToken()
        => _authenticated.Services.GetRequiredService<InboundAuthenticator>().AuthenticateAsync(_authorization, _activity, CancellationToken.None);

    /// <summary>The answer alone (what the turn should cost little more than).</summary>
    [Benchmark]
    public Answer Answer() => _engine.Ask("¿cuándo es la sesión ordinaria III?");

    private static DefaultHttpContext NewContext(string? authorization, IServiceProvider services, byte[]? question = null)
    {
        question ??= Question;
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = question.Length;
        http.Request.Body = new MemoryStream(question, writable: false);
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        return http;
    }

    private static readonly ThreadLocal<MemoryStream> Response = new(() => new MemoryStream(64 * 1024));

    private static Task<int> RunTurnAsync(BotFactory bot, string? authorization) => RunTurnAsync(bot, authorization, Question, ExpectedUtf8);

    private static async Task<int> RunTurnAsync(BotFactory bot, string? authorization, byte[] question, byte[] expected)
    {
        var services = bot.Services;
        var http = NewContext(authorization, services, question);

        // One response buffer for every turn, emptied each time: Kestrel writes a reply into pooled pipe memory, so a
        // MemoryStream growing from nothing per turn (≈ 1 KB of copies for a 1.5 KB reply) would be the bench's own cost.
        var response = Response.Value!;
        response.SetLength(0);
        http.Response.Body = response;
        var result = await MessagesEndpoint.HandleAsync(
            http,
            services.GetRequiredService<InboundAuthenticator>(),
            services.GetRequiredService<BotFramework.Turns.TurnDispatcher>(),
            services.GetRequiredService<BotFramework.Connector.Trust.ServiceUrlPolicy>(),
            services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotAuthenticationOptions>>(),
            services.GetRequiredService<Telemetry.BotMetrics>(),
            services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(),
            CancellationToken.None);
        await result.ExecuteAsync(http);
        if (http.Response.StatusCode != 200 || response.Length < 100)
        {
            throw new InvalidOperationException($"The turn was not answered: {http.Response.StatusCode} {Encoding.UTF8.GetString(response.ToArray())}");
        }

        // Every turn: a search of the reply's bytes, which allocates nothing (so it is not counted in the turn's bytes).
        if (response.GetBuffer().AsSpan(0, (int)response.Length).IndexOf(expected) < 0)
        {
            throw new InvalidOperationException($"The turn's reply is not the real answer: {Encoding.UTF8.GetString(response.ToArray())}");
        }

        return (int)response.Length;
    }
}
