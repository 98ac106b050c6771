using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hangfire.Dashboard;
using ProgramaBot.Security;

namespace ProgramaBot.BackgroundJobs;

/// <summary>
/// /hangfire: without credentials only from this machine (loopback) in Development; otherwise HTTP Basic with any user
/// name and Reminders:AdminApiKey as the password (or the X-Api-Key header), through the shared <see cref="ApiKeyGate"/>,
/// so wrong passwords are rate-limited (429). No key configured: nobody from elsewhere — never anonymous in production.
/// <see cref="GuardAsync"/> wraps the dashboard's endpoint and decides once per request; Hangfire's own filter only
/// admits what the guard admitted.
/// </summary>
internal sealed class DashboardAuthorization(IHostEnvironment environment, string? adminApiKey, ApiKeyGate gate) : IDashboardAuthorizationFilter
{
    private static readonly object Admitted = new();

    public async Task GuardAsync(HttpContext http, RequestDelegate dashboard)
    {
        switch (Decide(http))
        {
            case ApiKeyResult.Accepted:
                http.Items[Admitted] = true;
                await dashboard(http);
                break;
            case ApiKeyResult.TooManyFailures:
                await ApiKeyGate.TooManyFailures(http).ExecuteAsync(http);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"ProgramaBot Hangfire\", charset=\"UTF-8\"";
                break;
        }
    }

    public bool Authorize(DashboardContext context) => context.GetHttpContext().Items.ContainsKey(Admitted);

    internal ApiKeyResult Decide(HttpContext http)
    {
        if (environment.IsDevelopment() && IsLoopback(http))
        {
            return ApiKeyResult.Accepted;
        }

        var presented = http.Request.Headers[ApiKeyGate.Header].FirstOrDefault() ?? BasicPassword(http.Request.Headers.Authorization.FirstOrDefault());
        return gate.Check(http, adminApiKey, presented);
    }

    /// <summary>A request from this machine; a test server (no address at all) is not one.</summary>
    private static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    private static string? BasicPassword(string? header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            return decoded.IndexOf(':', StringComparison.Ordinal) is >= 0 and var colon ? decoded[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
