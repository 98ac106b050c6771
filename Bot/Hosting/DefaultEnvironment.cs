using System.Reflection;

namespace ProgramaBot.Hosting;

public static class DefaultEnvironment
{
    /// <summary>
    /// The host's options: the environment named by ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment when
    /// given; otherwise Development only for <c>dotnet run</c> from the source tree — the assembly running from the very
    /// build output folder it was compiled for (stamped at build time, see Bot.csproj) — and Production for anything else,
    /// including a build copied elsewhere by <c>dotnet publish --no-build</c>: Development has no inbound authentication.
    /// </summary>
    public static WebApplicationOptions For(string[] args)
    {
        var named = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.EnvironmentKey];
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrWhiteSpace(named) ? Choose(Stamp("DefaultEnvironment"), Stamp("BuildOutputDirectory"), AppContext.BaseDirectory) : null,
        };
    }

    internal static string Choose(string? stamped, string? buildOutputDirectory, string baseDirectory)
        => stamped == Environments.Development && buildOutputDirectory is { Length: > 0 } && SameDirectory(buildOutputDirectory, baseDirectory)
            ? Environments.Development
            : Environments.Production;

    private static bool SameDirectory(string a, string b)
        => string.Equals(Normalize(a), Normalize(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Normalize(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    private static string? Stamp(string key)
        => typeof(DefaultEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
