using System.Net.Http.Headers;
using System.Text;
using Hangfire.Dashboard;
using ProgramaBot.Reminders.Admin;

namespace ProgramaBot.Reminders.BackgroundJobs;

/// <summary>
/// /hangfire: open in Development; elsewhere HTTP Basic with any user name and Reminders:AdminApiKey as the password
/// (or the X-Api-Key header). With no key configured nobody gets in — never anonymous in production.
/// </summary>
internal sealed class DashboardAuthorization(IHostEnvironment environment, string? adminApiKey) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        if (environment.IsDevelopment())
        {
            return true;
        }

        var http = context.GetHttpContext();
        if (AdminApiKey.Matches(adminApiKey, http.Request.Headers[AdminApiKey.Header].FirstOrDefault())
            || AdminApiKey.Matches(adminApiKey, BasicPassword(http.Request.Headers.Authorization.FirstOrDefault())))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"ProgramaBot Hangfire\", charset=\"UTF-8\"";
        return false;
    }

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
