namespace ProgramaBot.Health;

public static class BadRequestSetup
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services) => services.AddProblemDetails();

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
