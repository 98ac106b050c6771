using ProgramaBot.Answers;
using ProgramaBot.Cli;
using ProgramaBot.Programme;

var builder = WebApplication.CreateBuilder(args);
// Logs go to standard error so CLI verbs own standard output.
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddProgramme(builder.Configuration);
builder.Services.AddAnswers();

var app = builder.Build();
if (await app.TryRunCliVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
return 0;

public partial class Program;
