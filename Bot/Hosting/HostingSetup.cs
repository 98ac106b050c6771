namespace ProgramaBot.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// How the process is hosted, before any feature: logs on standard error (<see cref="LoggingSetup"/>), the local
    /// listen address when the platform names none (<see cref="ListenAddress"/>), and problem details for errors.
    /// The environment itself is chosen before the builder exists (<see cref="DefaultEnvironment"/>).
    /// </summary>
    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        builder.AddLogging();
        builder.UseLocalDefaultWhenUnset();
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>
    /// Unhandled errors become problem details; framework rejections (BadHttpRequestException: a broken body,
    /// a bad header) keep their 4xx status instead of turning into a 500 page.
    /// </summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
