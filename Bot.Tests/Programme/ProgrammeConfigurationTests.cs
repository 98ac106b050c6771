using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Answers;
using ProgramaBot.Programme;
using ProgramaBot.Tests.Support;
using ProgramaBot.Time;

namespace ProgramaBot.Tests.Programme;

/// <summary>Programme files come from configuration; a bad one stops the host from starting.</summary>
public sealed class ProgrammeConfigurationTests
{
    private static readonly string Synthetic = Repo.PathOf("Bot.Tests", "Programme", "Data", "programa-sintetico-2022.json");

    [Fact]
    public async Task ASecondYearIsAddedByConfigurationAlone()
    {
        using var host = BuildHost(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero), ("Programme:Files:0", Synthetic));
        await host.StartAsync();

        var catalog = host.Services.GetRequiredService<IProgrammeSource>().Current;
        Assert.Equal([2021, 2022], catalog.All.Select(p => p.Year));

        var engine = host.Services.GetRequiredService<LiveAnswerEngine>().Current;
        var current = engine.Ask("¿Cuándo es la sesión ordinaria II?");
        Assert.Contains("octubre de 2022", current.Text);
        Assert.Contains("Programa Anual de Trabajo 2022", current.Text);
        Assert.Contains("17 de febrero de 2022 a las 11:00", engine.Ask("sesión ordinaria I").Text);
        Assert.Contains("junio de 2021", engine.Ask("¿Cuándo es la sesión ordinaria II del programa 2021?").Text);
        Assert.Contains("Sesión Ordinaria II", engine.Ask("próxima sesión").Text);
        await host.StopAsync();
    }

    [Fact]
    public async Task AMalformedFileFailsStartUpNamingFileItemAndProblem()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"programa-malo-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(Synthetic)).Replace("\"month\": 10", "\"month\": 14", StringComparison.Ordinal));
        try
        {
            using var host = BuildHost(DateTimeOffset.UnixEpoch, ("Programme:Files:0", bad));
            var error = await Assert.ThrowsAsync<ProgrammeFileException>(() => host.StartAsync());
            Assert.Contains(bad, error.Message);
            Assert.Contains("session ordinaria-2", error.Message);
            Assert.Contains("month 14 is not between 1 and 12", error.Message);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    private static IHost BuildHost(DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        builder.Services.AddOptions<TimeOptions>();
        builder.Services.AddSingleton<CommissionClock>();
        builder.AddProgramme();
        builder.AddAnswers();
        return builder.Build();
    }
}
