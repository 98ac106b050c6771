using ProgramaBot.Answers;
using ProgramaBot.Approvals;
using ProgramaBot.BotFramework;
using ProgramaBot.Cli;
using ProgramaBot.Commission;
using ProgramaBot.Conversation;
using ProgramaBot.Health;
using ProgramaBot.Manifest;
using ProgramaBot.Programme;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Reminders;
using ProgramaBot.Storage;
using ProgramaBot.Telemetry;
using ProgramaBot.Time;
using ProgramaBot.Welcome;

var builder = WebApplication.CreateBuilder(DefaultEnvironment.For(args));
builder.AddLogging();
builder.UseLocalDefaultWhenUnset();
builder.AddTelemetry();

builder.AddClock();
builder.AddBotFramework();
builder.AddStorage();
builder.Services.AddCommission();
builder.Services.AddApprovals();
builder.Services.AddReminders();
builder.Services.AddProgramme(builder.Configuration);
builder.Services.AddProgrammePublication();
builder.Services.AddAnswers();
builder.Services.AddWelcome();
builder.Services.AddConversationMemory();
builder.Services.AddProblemResponses();
builder.Services.AddManifestPackaging();
builder.Services.AddReadinessChecks();

var app = builder.Build();
if (await app.TryRunCliVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseProblemResponses();
app.MapHealth();
app.MapBotFramework();
app.MapApprovals();
app.MapProgrammes();
app.MapReminders();
await app.RunAsync();
return 0;

public partial class Program;
