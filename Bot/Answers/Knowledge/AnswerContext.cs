using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>What one question is answered from: the programme it is about, the calendar and today.</summary>
public sealed record AnswerContext(ProgrammeKnowledge Knowledge, ProgrammeSchedule Schedule, CommissionClock Clock)
{
    public ProgrammeDocument Programme => Knowledge.Programme;

    /// <summary>The year the question named, when it named one of the loaded programmes.</summary>
    public int? NamedYear { get; init; }

    /// <summary>
    /// Today's year when no programme of it is loaded and the question named no year: answers about dates
    /// relative to today must say so rather than reach into an older programme.
    /// </summary>
    public int? UnloadedCurrentYear { get; init; }

    /// <summary>Every loaded programme's year, oldest first.</summary>
    public IReadOnlyList<int> LoadedYears { get; init; } = [];

    /// <summary>The number of the apartado holding a part of this programme ("4", "V").</summary>
    public string Apartado(ApartadoPart part) => Programme.NumberOf(part);

    /// <summary>A reply's sources when it cites the apartado holding a part: one list per programme and part, not one per answer.</summary>
    public IReadOnlyList<string> SourcesOf(ApartadoPart part) => Knowledge.SourcesOf(part);
}
