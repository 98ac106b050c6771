using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting.Internal;
using ProgramaBot.BackgroundJobs;
using ProgramaBot.Security;

namespace ProgramaBot.Tests.BackgroundJobs;

/// <summary>Who may open /hangfire: this machine in Development; otherwise only with Reminders:AdminApiKey.</summary>
public sealed class DashboardAuthorizationTests : IDisposable
{
    private const string Key = "clave-secreta-de-prueba";
    private readonly ApiKeyGate _gate = new();

    [Theory]
    [InlineData("Production", "127.0.0.1", null, ApiKeyResult.Rejected)]
    [InlineData("Production", "127.0.0.1", "wrong", ApiKeyResult.Rejected)]
    [InlineData("Production", "10.1.2.3", Key, ApiKeyResult.Accepted)]
    [InlineData("Staging", "10.1.2.3", null, ApiKeyResult.Rejected)]
    [InlineData("Development", "127.0.0.1", null, ApiKeyResult.Accepted)]
    [InlineData("Development", "::1", null, ApiKeyResult.Accepted)]
    [InlineData("Development", "10.1.2.3", null, ApiKeyResult.Rejected)]
    [InlineData("Development", "10.1.2.3", Key, ApiKeyResult.Accepted)]
    [InlineData("Development", null, null, ApiKeyResult.Rejected)]
    public void WithoutTheKeyOnlyThisMachineInDevelopmentGetsIn(string environment, string? from, string? password, ApiKeyResult expected)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = from is null ? null : IPAddress.Parse(from);
        if (password is not null)
        {
            http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:" + password));
        }

        var authorization = new DashboardAuthorization(new HostingEnvironment { EnvironmentName = environment }, Key, _gate);
        Assert.Equal(expected, authorization.Decide(http));
    }

    [Fact]
    public void WithoutAnAdminKeyTheDashboardAdmitsNobodyFromElsewhere()
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse("10.1.2.3");
        http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String("admin:"u8.ToArray());
        var authorization = new DashboardAuthorization(new HostingEnvironment { EnvironmentName = "Production" }, adminApiKey: null, _gate);
        Assert.Equal(ApiKeyResult.Rejected, authorization.Decide(http));
    }

    public void Dispose() => _gate.Dispose();
}
