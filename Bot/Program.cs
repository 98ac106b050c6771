using ProgramaBot.Answers;
using ProgramaBot.BackgroundJobs;
using ProgramaBot.Approvals;
using ProgramaBot.BotFramework;
using ProgramaBot.Cli;
using ProgramaBot.Commission;
using ProgramaBot.Conversation;
using ProgramaBot.Health;
using ProgramaBot.Hosting;
using ProgramaBot.Manifest;
using ProgramaBot.Programme;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Reminders;
using ProgramaBot.Storage;
using ProgramaBot.Telemetry;
using ProgramaBot.Time;
using ProgramaBot.Welcome;

var builder = WebApplication.CreateBuilder(DefaultEnvironment.For(args));
builder.AddHosting();
builder.AddTelemetry();

builder.AddTime();
builder.AddBotFramework();
builder.AddStorage();
builder.AddBackgroundJobs();
builder.AddCommission();
builder.AddApprovals();
builder.AddReminders();
builder.AddProgramme();
builder.AddProgrammePublication();
builder.AddAnswers();
builder.AddWelcome();
builder.AddConversation();
builder.AddManifest();
builder.AddHealth();

var app = builder.Build();
if (await app.TryRunCliVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseProblemResponses();
app.MapHealth();
app.MapBotFramework();
app.MapApprovals();
app.MapProgrammePublication();
app.MapReminders();
await app.RunAsync();
return 0;

public partial class Program;
