using System.Reflection;

namespace ProgramaBot.Health;

public static class DefaultEnvironment
{
    /// <summary>
    /// The host's options: ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT when set; otherwise Development for a build
    /// from source and Production for a published app (stamped at build time, see Bot.csproj).
    /// </summary>
    public static WebApplicationOptions For(string[] args)
    {
        var fromVariables = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var stamped = typeof(DefaultEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "DefaultEnvironment")?.Value;
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrWhiteSpace(fromVariables) ? stamped ?? Environments.Production : null,
        };
    }
}
