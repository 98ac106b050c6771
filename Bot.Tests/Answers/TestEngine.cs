using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Answers;
using ProgramaBot.Spanish;
using ProgramaBot.Programme;
using ProgramaBot.Tests.Support;
using ProgramaBot.Time;

namespace ProgramaBot.Tests.Answers;

/// <summary>Builds the real engine over real programme files with a fake clock.</summary>
public static class TestEngine
{
    /// <summary>Mid-2021, between Ordinaria II (junio) and Ordinaria III (septiembre).</summary>
    public static readonly DateTimeOffset MidYear = new(2021, 7, 15, 10, 0, 0, TimeSpan.FromHours(-5));

    public static string BuiltInFile => Repo.PathOf("Bot", "Programme", "Data", "programa-2021.json");

    /// <summary>Two sessions in 2022, numbered 1–4 like 2021's.</summary>
    public static string SyntheticFile => Repo.PathOf("Bot.Tests", "Programme", "Data", "programa-sintetico-2022.json");

    /// <summary>Apartados I–V, the first an extra one (a diagnosis); objectives 1.x in apartado III, sessions in V.</summary>
    public static string RomanFile => DataFile("programa-romano-2023.json");

    /// <summary>An extra apartado 1 (a budget note), then 2–5: objectives 2.x in apartado 3, sessions in 5.</summary>
    public static string ShiftedFile => DataFile("programa-2024.json");

    public static string DataFile(string name) => Repo.PathOf("Bot.Tests", "Answers", "Data", name);

    public static AnswerEngine Create(DateTimeOffset? now = null, ISessionDateOverrides? overrides = null, params string[] files)
    {
        var catalog = ProgrammeCatalog.LoadFiles(files.Length > 0 ? files : [BuiltInFile]);
        var clock = new CommissionClock(new FakeTimeProvider(now ?? MidYear), Options.Create(new TimeOptions()));
        return new AnswerEngine(catalog, new ProgrammeSchedule(catalog, overrides ?? new NoSessionDateOverrides(), clock), clock);
    }

    /// <summary>Accent- and case-insensitive, as the evaluation compares.</summary>
    public static string Folded(string text) => SpanishText.Fold(text);
}
