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
            // A valid roster, so that only the setting under test is wrong.
            builder.UseSetting("Commission:Members:0:Name", "Integrante de prueba");
            builder.UseSetting("Commission:Members:0:TeamsId", "29:member-1");
            builder.UseSetting("Commission:Members:0:AadObjectId", "00000000-0000-0000-0000-0000000000b1");
            builder.UseSetting("Commission:SecretarioTecnico:Name", "Secretario de prueba");
            builder.UseSetting("Commission:SecretarioTecnico:TeamsId", "29:secretario");
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
