using System.Reflection;

namespace ProgramaBot.Health;

public static class DefaultEnvironment
{
    /// <summary>
    /// The host's options: the environment named by ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment
    /// when given; otherwise Development for a build from source and Production for a published app (stamped at
    /// build time, see Bot.csproj).
    /// </summary>
    public static WebApplicationOptions For(string[] args)
    {
        var named = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.EnvironmentKey];
        var stamped = typeof(DefaultEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "DefaultEnvironment")?.Value;
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrWhiteSpace(named) ? stamped ?? Environments.Production : null,
        };
    }
}
