namespace ProgramaBot.Cli;

public static class CliExtensions
{
    public static IServiceCollection AddCliVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICliVerb
        => services.AddSingleton<ICliVerb, TVerb>();

    /// <summary>Runs the verb named by the first argument, if any; null when the web host should run.</summary>
    public static async Task<int?> TryRunCliVerbAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var verbs = app.Services.GetServices<ICliVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            await Console.Error.WriteLineAsync(
                $"Orden desconocida: «{args[0]}». Órdenes disponibles: {string.Join(", ", verbs.Select(v => v.Name))}. " +
                "Sin orden, el bot se inicia como servicio web.");
            return 2;
        }

        return await verb.RunAsync(args[1..], app.Lifetime.ApplicationStopping);
    }
}
