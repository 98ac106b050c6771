namespace ProgramaBot.Hosting;

public static class LoggingSetup
{
    /// <summary>Logs go to standard error (CLI verbs own standard output), with scopes; JSON outside Development.</summary>
    public static IHostApplicationBuilder AddLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
