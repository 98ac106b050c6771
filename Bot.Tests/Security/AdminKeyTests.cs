using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ProgramaBot.Security;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Security;

/// <summary>
/// The administration keys (/api/approvals, /api/reminders, /hangfire): one check for all, at least 16 characters, and a
/// client that keeps presenting wrong keys is told to wait (429) — it cannot find a key by trying.
/// </summary>
public sealed class AdminKeyTests : IDisposable
{
    private const string ApprovalsKey = "clave-de-aprobaciones-0123";
    private const string AdminKey = "clave-de-administracion-0123";
    private readonly BotFactory _bot = new(new Dictionary<string, string?>
    {
        ["Approvals:ApiKey"] = ApprovalsKey,
        ["Reminders:AdminApiKey"] = AdminKey,
    });

    private HttpClient Client => _bot.CreateClient();

    private static async Task<HttpResponseMessage> GetApprovalAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/approvals/req-1");
        request.Headers.Add(ApiKeyGate.Header, key);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetScheduleAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reminders/schedule");
        request.Headers.Add(ApiKeyGate.Header, key);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> OpenDashboardAsync(HttpClient client, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:" + password)));
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("Reminders:AdminApiKey")]
    [InlineData("Approvals:ApiKey")]
    public void AKeyShorterThanSixteenCharactersStopsTheBotNamingTheSetting(string setting)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { [setting] = "x" });
        var error = Assert.Throws<OptionsValidationException>(() => bot.CreateClient());
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRightKeyOpensItsOwnDoorOnly()
    {
        var client = Client;
        Assert.Equal(HttpStatusCode.NotFound, (await GetApprovalAsync(client, ApprovalsKey)).StatusCode); // in, and no such request
        Assert.Equal(HttpStatusCode.OK, (await GetScheduleAsync(client, AdminKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OpenDashboardAsync(client, AdminKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetScheduleAsync(client, ApprovalsKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OpenDashboardAsync(client, ApprovalsKey)).StatusCode);
    }

    [Fact]
    public async Task AfterTenWrongKeysAnywhereEvenTheRightKeyWaits()
    {
        var client = Client;
        for (var i = 0; i < ApiKeyGate.FailuresPerWindow; i++)
        {
            var wrong = "clave-equivocada-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var status = (i % 3) switch
            {
                0 => (await GetApprovalAsync(client, wrong)).StatusCode,
                1 => (await GetScheduleAsync(client, wrong)).StatusCode,
                _ => (await OpenDashboardAsync(client, wrong)).StatusCode,
            };
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }

        foreach (var response in new[] { await GetApprovalAsync(client, ApprovalsKey), await GetScheduleAsync(client, AdminKey), await OpenDashboardAsync(client, AdminKey) })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(1), response.Headers.RetryAfter?.Delta);
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal(ApiKeyGate.TooManyFailuresMessage, problem!["detail"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ADashboardPostFromAnotherSiteIsRefusedEvenWithTheBrowsersCredentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", "reminders-due-scan")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:" + AdminKey)));
        request.Headers.Add("Origin", "https://sitio-ajeno.example");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose() => _bot.Dispose();
}
