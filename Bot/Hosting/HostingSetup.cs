namespace ProgramaBot.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// How the process is hosted, before any feature: logs on standard error (<see cref="LoggingSetup"/>), the local
    /// listen address when the platform names none (<see cref="ListenAddress"/>), and problem details for errors.
    /// The environment itself is chosen before the builder exists (<see cref="DefaultEnvironment"/>).
    /// Hosted services start concurrently: a service whose start waits (storage, Hangfire's server) does not hold up
    /// Kestrel, which listens as soon as its own start is done; the host still waits for all of them before it reports
    /// started, and any failure still fails start-up (docs/BENCHMARKS.md, "Start-up").
    /// </summary>
    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
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
