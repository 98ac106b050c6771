using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Answers.Cli;

/// <summary>The list answers' cards, asked of the real engine over the built-in programme, for the <c>cards</c> verb.</summary>
public static class AnswerCardSamples
{
    /// <summary>Each sample's name and the question a member types.</summary>
    private static readonly (string Name, string Question)[] Questions =
    [
        ("answer-sessions", "sesiones"),
        ("answer-objectives", "objetivos"),
    ];

    public static IEnumerable<(string Name, JsonObject Card)> All(DateTimeOffset now)
    {
        var catalog = ProgrammeCatalog.LoadFiles([Path.Combine(AppContext.BaseDirectory, ProgrammeOptions.BuiltInFile)]);
        var clock = new CommissionClock(new SimulatedTimeProvider(now, TimeProvider.System), Options.Create(new TimeOptions()));
        using var engine = new AnswerEngine(catalog, new ProgrammeSchedule(catalog, new NoSessionDateOverrides(), clock), clock);
        foreach (var (name, question) in Questions)
        {
            yield return (name, AnswerCardBuilder.Build(engine.Ask(question))
                                ?? throw new InvalidOperationException($"«{question}» no longer answers with a list card."));
        }
    }
}
