namespace ProgramaBot.Manifest;

/// <summary>The verb's own options. <c>--Key=value</c> arguments are configuration overrides, left to ASP.NET.</summary>
internal sealed record PackageManifestArguments(string OutputDirectory, string? TemplateDirectory, bool Help)
{
    public const string DefaultOutputDirectory = "artifacts";

    /// <returns>null when the arguments are not understood.</returns>
    public static PackageManifestArguments? Parse(IReadOnlyList<string> args)
    {
        var result = new PackageManifestArguments(DefaultOutputDirectory, null, Help: false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    result = result with { Help = true };
                    break;
                case "--out" when i + 1 < args.Count:
                    result = result with { OutputDirectory = args[++i] };
                    break;
                case "--template" when i + 1 < args.Count:
                    result = result with { TemplateDirectory = args[++i] };
                    break;
                case var arg when arg.StartsWith("--out=", StringComparison.Ordinal):
                    result = result with { OutputDirectory = arg["--out=".Length..] };
                    break;
                case var arg when arg.StartsWith("--template=", StringComparison.Ordinal):
                    result = result with { TemplateDirectory = arg["--template=".Length..] };
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal):
                    break; // a configuration value such as --Manifest:BaseUrl=https://…
                default:
                    return null;
            }
        }

        return result;
    }
}
