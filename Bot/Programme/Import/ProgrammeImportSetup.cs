using ProgramaBot.Cli;

namespace ProgramaBot.Programme.Import;

public static class ProgrammeImportSetup
{
    /// <summary>The document importer and the <c>import-programme</c> verb.</summary>
    public static IHostApplicationBuilder AddProgrammeImport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IProgrammeImporter, ProgrammeImporter>();
        services.AddCliVerb<ImportProgrammeVerb>();
        return builder;
    }
}
