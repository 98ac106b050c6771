using ProgramaBot.Cli;

namespace ProgramaBot.Manifest;

public static class ManifestSetup
{
    /// <summary><c>package-manifest --out DIR</c>: the installable Teams app package.</summary>
    public static IHostApplicationBuilder AddManifest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCliVerb<PackageManifestVerb>();
        return builder;
    }
}
