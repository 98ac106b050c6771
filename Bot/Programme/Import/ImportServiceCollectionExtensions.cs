using ProgramaBot.Cli;

namespace ProgramaBot.Programme.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>The document importer and the <c>import-programme</c> verb.</summary>
    public static IServiceCollection AddProgrammeImport(this IServiceCollection services)
    {
        services.AddSingleton<IProgrammeImporter, ProgrammeImporter>();
        services.AddCliVerb<ImportProgrammeVerb>();
        return services;
    }
}
