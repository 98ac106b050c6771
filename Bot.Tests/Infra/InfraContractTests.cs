using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Infra;

/// <summary>
/// What the compiled ARM template promises the app and the Teams manifest (docs/DEPLOY.md):
/// the settings contract, the runtime, identities and roles, the bot registration and the outputs.
/// </summary>
[Collection(BicepFixture.Collection)]
public sealed partial class InfraContractTests(BicepFixture bicep)
{
    public static readonly string[] AppSettings =
    [
        "ASPNETCORE_ENVIRONMENT", "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "Storage__Provider", "Storage__AzureTables__ServiceUri",
        "Hangfire__Storage", "Hangfire__PostgreSql__ConnectionString",
    ];

    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private JsonObject Main => JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "main.bicep"))))!.AsObject();

    private JsonObject Module(string name) => Main["resources"]!.AsArray()
        .Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == name)!
        .AsObject();

    private JsonObject Resource(string type) => Resources(Main).Single(r => r["type"]!.GetValue<string>() == type);

    private static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"]!.AsArray().Select(r => r!.AsObject()).SelectMany(r =>
            r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments"
                ? Resources(r["properties"]!["template"]!.AsObject()).Prepend(r)
                : [r]);

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_over_https_always_on_with_a_health_check()
    {
        var plan = Resource("Microsoft.Web/serverfarms");
        var site = Resource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
        Assert.Equal("app,linux", site["kind"]!.GetValue<string>());
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        // System-assigned always (tables, Key Vault); the bot's user-assigned identity beside it with UserAssignedMSI.
        Assert.Equal(
            "[if(variables('useManagedIdentity'), createObject('type', 'SystemAssigned, UserAssigned', 'userAssignedIdentities', " +
            "createObject(format('{0}', parameters('botIdentityId')), createObject())), createObject('type', 'SystemAssigned'))]",
            site["identity"]!.GetValue<string>());
    }

    [Fact]
    public void The_bot_signs_in_with_a_user_assigned_managed_identity_by_default_and_a_secret_stays_an_option()
    {
        var parameters = Main["parameters"]!;
        Assert.Equal("UserAssignedMSI", parameters["microsoftAppType"]!["defaultValue"]!.GetValue<string>());
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], parameters["microsoftAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).Order());
        Assert.Equal("[parameters('microsoftAppType')]", Module("webapp")["properties"]!["parameters"]!["microsoftAppType"]!["value"]!.GetValue<string>());
        Assert.Equal("[parameters('microsoftAppType')]", Module("bot")["properties"]!["parameters"]!["microsoftAppType"]!["value"]!.GetValue<string>());
        Assert.Equal("[variables('useManagedIdentity')]", Module("identity")["condition"]!.GetValue<string>());
        Assert.Single(Resources(Main), r => r["type"]!.GetValue<string>() == "Microsoft.ManagedIdentity/userAssignedIdentities");

        var bot = Resource("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("[if(equals(parameters('microsoftAppType'), 'UserAssignedMSI'), parameters('botIdentityId'), null())]",
            bot["msaAppMSIResourceId"]!.GetValue<string>());

        // No secret reaches the app with a managed identity; with SingleTenant it is a Key Vault reference.
        var webapp = JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "modules", "webapp.bicep"))))!["variables"]!;
        Assert.Equal("[if(variables('useManagedIdentity'), createArray(), createArray(createObject('name', 'MicrosoftAppPassword', " +
                     "'value', parameters('appCredentialReference'))))]", webapp["credentialSettings"]!.GetValue<string>());
        Assert.DoesNotContain(webapp["botSettings"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "MicrosoftAppPassword");

        // The parameters files default to the managed identity too, and let the environment choose a secret instead.
        Assert.Equal("UserAssignedMSI", Parameters("production")["microsoftAppType"]!["value"]!.GetValue<string>());
        Assert.Equal("UserAssignedMSI", Parameters("test")["microsoftAppType"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Web_app_carries_every_setting_of_the_contract()
    {
        var compiled = File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "modules", "webapp.bicep")));
        var settings = JsonNode.Parse(compiled)!["variables"]!["botSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

        // Every name is a literal setting or, for the optional PostgreSQL one, inside an expression.
        Assert.All(AppSettings, name => Assert.True(settings.ContainsKey(name) || compiled.Contains($"'{name}'", StringComparison.Ordinal), name));
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("[parameters('microsoftAppType')]", settings["MicrosoftAppType"]);
        Assert.Equal("[parameters('applicationInsightsConnectionString')]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("AzureTables", settings["Storage__Provider"]);
        Assert.Equal("[if(parameters('useHangfirePostgreSql'), 'PostgreSql', 'InMemory')]", settings["Hangfire__Storage"]);
    }

    [Fact]
    public void Secrets_reach_the_app_as_key_vault_references()
    {
        var outputs = Module("keyvault")["properties"]!["template"]!["outputs"]!;

        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName=", outputs["appCredentialReference"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName=", outputs["hangfireConnectionStringReference"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Resource("Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
    }

    [Fact]
    public void The_app_identity_may_write_tables_and_read_secrets_and_storage_refuses_keys()
    {
        var roles = Resources(Main).Where(r => r["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>() + " " + r["properties"]!["principalType"]!.GetValue<string>())
            .ToList();
        var accessModule = Module("access").ToJsonString();

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.EndsWith("ServicePrincipal", r, StringComparison.Ordinal));
        Assert.Contains(StorageTableDataContributor, accessModule, StringComparison.Ordinal);
        Assert.Contains(KeyVaultSecretsUser, accessModule, StringComparison.Ordinal);
        Assert.False(Resource("Microsoft.Storage/storageAccounts")["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.EndsWith("'default')]", Resource("Microsoft.Storage/storageAccounts/tableServices")["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_is_on_teams_and_points_at_api_messages()
    {
        var bot = Resource("Microsoft.BotService/botServices");
        var channel = Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        Assert.Equal("[parameters('microsoftAppType')]", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.True(channel["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>());
        Assert.Contains("/api/messages", Module("bot")["properties"]!["parameters"]!["messagingEndpoint"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Monitoring_feeds_application_insights_keeps_the_logs_and_mails_the_alerts()
    {
        var insights = Resource("Microsoft.Insights/components");
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights["properties"]!["WorkspaceResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        var connectionString = Module("webapp")["properties"]!["parameters"]!["applicationInsightsConnectionString"]!["value"]!.GetValue<string>();
        Assert.Contains("'monitoring')", connectionString, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.connectionString.value]", connectionString, StringComparison.Ordinal);

        var diagnostics = Resource("Microsoft.Insights/diagnosticSettings")["properties"]!;
        Assert.Equal(["AppServiceAppLogs", "AppServiceConsoleLogs", "AppServiceHTTPLogs", "AppServicePlatformLogs"],
            diagnostics["logs"]!.AsArray().Select(l => l!["category"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("[parameters('workspaceId')]", diagnostics["workspaceId"]!.GetValue<string>());

        var mail = Resource("Microsoft.Insights/actionGroups")["properties"]!["emailReceivers"]!.AsArray().Single()!;
        Assert.Equal("[parameters('alertEmail')]", mail["emailAddress"]!.GetValue<string>());
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_ALERT_EMAIL"], Parameters("production")["alertEmail"]!["value"]!.GetValue<string>());

        // Health failing: an availability test of /readyz, alerting when two regions fail it.
        Assert.Contains("/readyz", Module("monitoring")["properties"]!["parameters"]!["readinessUrl"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria",
            Resource("Microsoft.Insights/metricAlerts")["properties"]!["criteria"]!["odata.type"]!.GetValue<string>());

        // 5xx, notices abandoned and token failures: queries over what the app exports, under the names BotMetrics uses.
        var queries = JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "modules", "monitoring.bicep"))))!["variables"]!["logAlerts"]!
            .AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!["query"]!.GetValue<string>());
        Assert.Equal(["5xx", "notices-abandoned", "token-failures"], queries.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("resultCode) >= 500", queries["5xx"], StringComparison.Ordinal);
        Assert.Contains("\"programabot.notices\"", queries["notices-abandoned"], StringComparison.Ordinal);
        Assert.Contains("\"abandoned\"", queries["notices-abandoned"], StringComparison.Ordinal);
        Assert.Contains("\"programabot.connector.token_failures\"", queries["token-failures"], StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_give_the_manifest_what_it_needs()
    {
        var outputs = Main["outputs"]!.AsObject();

        Assert.Contains("messagingEndpoint", outputs.Select(o => o.Key));
        Assert.Contains("botId", outputs.Select(o => o.Key));
        Assert.Contains("baseUrl", outputs.Select(o => o.Key));
    }

    [Fact]
    public void PostgreSql_is_optional_and_production_uses_it_with_several_instances()
    {
        Assert.Equal("[parameters('enablePostgreSql')]", Module("postgresql")["condition"]!.GetValue<string>());

        var production = Parameters("production");
        var test = Parameters("test");
        Assert.True(production["enablePostgreSql"]!["value"]!.GetValue<bool>());
        Assert.True(production["instanceCount"]!["value"]!.GetValue<int>() > 1);
        Assert.False(test["enablePostgreSql"]!["value"]!.GetValue<bool>());
        Assert.Equal(1, test["instanceCount"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public void Secure_parameters_come_from_the_environment_never_from_a_file()
    {
        var secure = Main["parameters"]!.AsObject()
            .Where(p => p.Value!["type"]!.GetValue<string>() == "securestring")
            .Select(p => p.Key)
            .ToList();
        Assert.Equal(["microsoftAppPassword", "postgreSqlAdminPassword"], secure.Order(StringComparer.Ordinal));

        foreach (var file in BicepFixture.SourceFiles().Where(f => f.EndsWith(".bicepparam", StringComparison.Ordinal)))
        {
            foreach (Match assignment in ParamAssignment().Matches(File.ReadAllText(file)))
            {
                if (secure.Contains(assignment.Groups["name"].Value))
                {
                    var value = assignment.Groups["value"].Value.Trim();
                    Assert.True(value == "''" || value.StartsWith("readEnvironmentVariable(", StringComparison.Ordinal),
                        $"{Path.GetFileName(file)}: {assignment.Groups["name"].Value} must come from an environment variable, not '{value}'");
                }
            }
        }

        // And they really are read: the stand-in values given to the CLI appear in the compiled parameters.
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_MICROSOFT_APP_PASSWORD"], Parameters("production")["microsoftAppPassword"]!["value"]!.GetValue<string>());
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_POSTGRESQL_ADMIN_PASSWORD"], Parameters("production")["postgreSqlAdminPassword"]!["value"]!.GetValue<string>());
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_MICROSOFT_APP_ID"], Parameters("test")["microsoftAppId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void The_deployment_guide_documents_every_setting()
    {
        var guide = File.ReadAllText(Repo.PathOf("docs", "DEPLOY.md"));

        Assert.All(AppSettings, name => Assert.Contains($"`{name}`", guide, StringComparison.Ordinal));
    }

    private JsonObject Parameters(string environment) =>
        JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "params", environment + ".bicepparam"))))!["parameters"]!.AsObject();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s*=\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex ParamAssignment();
}
