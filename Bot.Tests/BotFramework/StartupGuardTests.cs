using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Tests.BotFramework;

public sealed class StartupGuardTests
{
    private sealed class ProductionBot(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", Path.Combine(Path.GetTempPath(), "programabot-tests", Guid.NewGuid().ToString("N")));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    [Fact]
    public void LocalModeIsRefusedOutsideDevelopment()
    {
        using var bot = new ProductionBot([]);
        var error = Assert.Throws<InvalidOperationException>(() => bot.CreateClient());
        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppIdWithoutPasswordOrTenantFailsNamingTheSettings()
    {
        using var bot = new ProductionBot(new() { ["MicrosoftAppId"] = "app-1", ["MicrosoftAppType"] = "SingleTenant" });
        var error = Assert.Throws<OptionsValidationException>(() => bot.CreateClient());
        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownAppTypeFailsNamingTheSetting()
    {
        using var bot = new ProductionBot(new()
        {
            ["MicrosoftAppId"] = "app-1", ["MicrosoftAppType"] = "Whatever", ["MicrosoftAppPassword"] = "x", ["MicrosoftAppTenantId"] = "t",
        });
        var error = Assert.Throws<OptionsValidationException>(() => bot.CreateClient());
        Assert.Contains("MicrosoftAppType", error.Message, StringComparison.Ordinal);
    }
}
