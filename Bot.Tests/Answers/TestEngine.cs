using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Answers;
using ProgramaBot.Programme;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Answers;

/// <summary>Builds the real engine over real programme files with a fake clock.</summary>
public static class TestEngine
{
    /// <summary>Mid-2021, between Ordinaria II (junio) and Ordinaria III (septiembre).</summary>
    public static readonly DateTimeOffset MidYear = new(2021, 7, 15, 10, 0, 0, TimeSpan.FromHours(-5));

    public static string BuiltInFile => Repo.PathOf("Bot", "Programme", "Data", "programa-2021.json");

    public static AnswerEngine Create(DateTimeOffset? now = null, ISessionDateOverrides? overrides = null, params string[] files)
    {
        var catalog = ProgrammeCatalog.LoadFiles(files.Length > 0 ? files : [BuiltInFile]);
        var clock = new ProgrammeClock(new FakeTimeProvider(now ?? MidYear), Options.Create(new ProgrammeOptions()));
        return new AnswerEngine(catalog, new ProgrammeSchedule(catalog, overrides ?? new NoSessionDateOverrides(), clock), clock);
    }

    /// <summary>Accent- and case-insensitive, as the evaluation compares.</summary>
    public static string Folded(string text) => SpanishText.Fold(text);
}
