using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// The fast subset of bench/fuzz.sh, in-process: ~1,000 hostile activities in local mode and a few hundred with
/// forged tokens when auth is on. No answer is a 5xx (an unknown invoke name's 501 is in the body, with HTTP 200),
/// the bot keeps serving, and the conversation references stored before are untouched.
/// </summary>
public sealed class FuzzSubsetTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private static readonly string[] Seeded = ["a:seed-personal-1", "19:seed-channel@thread.tacv2"];
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task ThousandHostileActivitiesInLocalModeNeverGetAServerError()
    {
        using var bot = new BotFactory();
        using var client = bot.CreateClient();
        await SeedAsync(client, token: null);
        var before = await SnapshotAsync(bot, Seeded);

        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var cases = HostileActivities.Generate(seed: 7, count: 1000, _connector.ServiceUrl).ToList();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
        {
            var status = await PostAsync(client, c, token: null);
            lock (statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"HTTP {status} for {c}");
                }
            }
        });

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(statuses.GetValueOrDefault(200) > 100, "most cases were rejected before reaching a handler: " + Describe(statuses));
        Assert.True(statuses.GetValueOrDefault(400) > 100, "the generator produced no bad input: " + Describe(statuses));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(before, await SnapshotAsync(bot, Seeded));
    }

    [Fact]
    public async Task ForgedTokensNeverReachAHandlerNorTouchStoredData()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret-for-tests",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = issuer.MetadataUrl + "?tenant={tenant}",
            ["BotAuthentication:TokenEndpointTemplate"] = issuer.TokenEndpoint,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        });
        using var client = bot.CreateClient();
        await SeedAsync(client, issuer.CreateToken(AppId, _connector.ServiceUrl));
        var before = await SnapshotAsync(bot, ids: null);
        Assert.Equal(Seeded.Length, before.Count);

        var foreignKey = FakeTokenIssuer.ForeignKey();
        var url = _connector.ServiceUrl;
        var forgeries = new Func<string?>[]
        {
            () => null,
            () => "not-a-jwt",
            () => issuer.CreateToken(AppId, url, signingKey: foreignKey),
            () => issuer.CreateToken(AppId, url, expires: DateTime.UtcNow.AddHours(-1)),
            () => issuer.CreateToken("someone-else", url),
            () => issuer.CreateToken(AppId, url, issuer: "https://evil.example/"),
            () => issuer.CreateToken(AppId, "https://claimed-elsewhere.example/"),
            () => issuer.CreateToken(AppId, url, includeServiceUrl: false),
            () => issuer.CreateToken(AppId, url)[..^8],
        };

        var failures = new List<string>();
        var i = 0;
        foreach (var c in HostileActivities.Generate(seed: 11, count: 150, url)
                     .Concat(SeededRemovals(url, 60)))
        {
            var status = await PostAsync(client, c, forgeries[i++ % forgeries.Length]());
            if (status is not (400 or 401 or 413 or 415))
            {
                failures.Add($"HTTP {status} for {c}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.Equal(before, await SnapshotAsync(bot, ids: null));
        Assert.Empty(_connector.Calls);
    }

    /// <summary>An uninstall, a team deletion and a re-routing message for each seeded conversation.</summary>
    private static IEnumerable<HostileCase> SeededRemovals(string serviceUrl, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = Seeded[i % Seeded.Length];
            var activity = (i % 3) switch
            {
                0 => Activities.InstallationUpdate("remove", serviceUrl, id),
                1 => Activities.ConversationUpdate(serviceUrl, id, eventType: "teamDeleted"),
                _ => Activities.Message("hola", "https://evil.example/", conversationId: id),
            };
            yield return new HostileCase(10_000 + i, "forgedAgainstSeeded", System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));
        }
    }

    private async Task SeedAsync(HttpClient client, string? token)
    {
        foreach (var id in Seeded)
        {
            var install = Activities.InstallationUpdate("add", _connector.ServiceUrl, id);
            install["deliveryMode"] = "expectReplies";
            var response = await client.PostActivityAsync(install, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<int> PostAsync(HttpClient client, HostileCase c, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(c.Body) };
        if (c.ContentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>The stored references, serialized, in id order (only <paramref name="ids"/> when given).</summary>
    private static async Task<List<string>> SnapshotAsync(BotFactory bot, string[]? ids)
    {
        var store = bot.Services.GetRequiredService<IConversationReferenceStore>();
        var all = await store.ListAsync(default);
        return [.. all.Where(r => ids is null || ids.Contains(r.ConversationId)).Select(r => JsonSerializer.Serialize(r))];
    }

    private static string Describe(Dictionary<int, int> statuses)
        => string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
}
