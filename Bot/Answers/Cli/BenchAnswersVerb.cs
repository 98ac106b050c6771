using System.Diagnostics;
using System.Globalization;
using ProgramaBot.Cli;
using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Answers.Cli;

/// <summary>
/// <c>bench-answers [count]</c>: engine start-up (programme load + index build, cold and warm) and
/// per-question latency percentiles over <c>count</c> questions (default 5000).
/// </summary>
public sealed class BenchAnswersVerb(IServiceProvider services) : ICliVerb
{
    private static readonly string[] Questions =
    [
        "¿cuándo es la sesión ordinaria III?", "sesion ordinaria 4", "¿Cuántas sesiones ordinarias hay?",
        "¿Qué dice el objetivo 2.2?", "línea de acción 3.6.1", "¿Qué significa INE?", "que es el spen",
        "¿Quién autoriza las solicitudes de modificación de metas colectivas?", "¿Qué hace la comisión respecto a las conciliaciones?",
        "¿Cuál es el periodo de la evaluación del desempeño 2020-2021?", "¿Quién funge como secretario técnico?",
        "¿Cuál es el precio del dólar hoy?", "Cuéntame un chiste", "¿Qué hay en septiembre?", "próxima sesión",
        "que articulo dice cuantos consejeros integran las comisiones", "quien aprueba el programa anual de trabajo",
        "qué principios rigen la función electoral", "en que mes es la primera sesion", "objetivos",
        "¿qué objetivo habla de incentivos 2021?", "¿se pueden cambiar las fechas de las sesiones?", "ayuda",
        "que pasa con las quejas de los miembros del servicio", "quien regula el servicio profesional electoral",
    ];

    public string Name => "bench-answers";

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProgrammeOptions>>().Value;

        // CPU time next to wall time: on a shared 2-core machine, wall time also measures the neighbours.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var catalog = ProgrammeCatalog.LoadFiles(options.AllFiles());
        var loaded = Stopwatch.GetElapsedTime(started);
        var schedule = services.GetRequiredService<ProgrammeSchedule>();
        var clock = services.GetRequiredService<CommissionClock>();
        using var cold = new AnswerEngine(catalog, schedule, clock);
        var coldStart = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var coldCpu = process.TotalProcessorTime - cpuBefore;
        cold.Ask(Questions[0]);
        var firstAnswer = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        using var engine = new AnswerEngine(catalog, schedule, clock);
        var warmStart = Stopwatch.GetElapsedTime(started);

        // Steady state is what chat sees: let tiered JIT settle before measuring.
        for (var i = 0; i < 4000; i++)
        {
            engine.Ask(Questions[i % Questions.Length]);
        }

        var latencies = new double[count];
        process.Refresh();
        cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            engine.Ask(Questions[i % Questions.Length]);
            latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        // Bytes are the figure a shared machine cannot disturb (the timing loop itself allocates nothing).
        var meanAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;

        if (args.Contains("--per-question"))
        {
            foreach (var question in Questions)
            {
                var t = Stopwatch.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 50; i++)
                {
                    engine.Ask(question);
                }

                bytes = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 50;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(t).TotalMilliseconds / 50:F3} ms  {bytes,7} B  {question}"));
            }
        }

        process.Refresh();
        var meanCpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / count;
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)];
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
             questions: {count} ({Questions.Length} distinct, after warm-up)
             latency ms: p50 {Percentile(0.50):F3}  p90 {Percentile(0.90):F3}  p99 {Percentile(0.99):F3}  max {latencies[^1]:F3}  (mean CPU {meanCpu:F3})
             allocated per answer: {meanAllocated} B (mean)
             start-up ms (cold, first in process): programme load {loaded.TotalMilliseconds:F1}, load + index build {coldStart.TotalMilliseconds:F1} (CPU {coldCpu.TotalMilliseconds:F1}), first answer at {firstAnswer.TotalMilliseconds:F1}
             start-up ms (warm, index rebuild): {warmStart.TotalMilliseconds:F1}
             """));
        return Task.FromResult(0);
    }
}
