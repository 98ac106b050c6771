using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using ProgramaBot.Hosting;

namespace ProgramaBot.Tests.Hosting;

/// <summary>3978 is a local run's default only: any port or URL the platform gives wins (App Service: ASPNETCORE_HTTP_PORTS).</summary>
public sealed class ListenAddressTests
{
    [Fact]
    public void WithNothingGivenALocalRunListensOn3978()
        => Assert.Equal("http://localhost:3978", ListenSettingAfterDefault([]));

    [Theory]
    [InlineData("--http_ports=8080")]
    [InlineData("--urls=http://+:8080")]
    [InlineData("--Kestrel:Endpoints:Http:Url=http://+:8080")]
    public void APortOrUrlFromThePlatformIsNotOverridden(string setting)
        => Assert.NotEqual("http://localhost:3978", ListenSettingAfterDefault([setting]));

    [Fact]
    public void TheAppSettingsFileNamesNoUrl()
    {
        var settings = File.ReadAllText(Support.Repo.PathOf("Bot", "appsettings.json"));
        Assert.DoesNotContain("\"Urls\"", settings, StringComparison.OrdinalIgnoreCase);
    }

    private static string? ListenSettingAfterDefault(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.UseLocalDefaultWhenUnset();
        return builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
    }
}
