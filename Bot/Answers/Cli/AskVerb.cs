using System.Text;
using ProgramaBot.Cli;

namespace ProgramaBot.Answers.Cli;

/// <summary>
/// <c>ask "pregunta"</c> answers one question; <c>ask</c> alone answers each non-empty line of standard input;
/// <c>--explain</c> also writes how each question was read to standard error.
/// One JSON object per line on standard output, nothing else.
/// </summary>
/// <remarks>The engine is resolved when the verb runs, so listing verbs does not build the index.</remarks>
public sealed class AskVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "ask";

    /// <summary>Where answers go; tests swap it for a StringWriter.</summary>
    internal TextWriter Output { get; init; } = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };

    internal TextReader Input { get; init; } = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        // The hosted services do not run for a verb: read what the commission published, as the bot does at start-up.
        if (services.GetService<ProgramaBot.Programme.IProgrammeSource>() is ProgramaBot.Programme.Publication.StoredProgrammeSource stored)
        {
            await stored.RefreshAsync(cancellationToken);
        }

        // One fixed engine when the host registers one (a test's); otherwise the bot's, for the programmes served now.
        var engine = services.GetService<AnswerEngine>() ?? services.GetRequiredService<LiveAnswerEngine>().Current;
        var explain = args.Contains("--explain");
        args = [.. args.Where(a => a != "--explain")];
        if (args.Count > 0)
        {
            await Answer(string.Join(' ', args));
        }
        else
        {
            while (await Input.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    await Answer(line.Trim());
                }
            }
        }

        await Output.FlushAsync(cancellationToken);
        return 0;

        async Task Answer(string question)
        {
            if (explain)
            {
                await Console.Error.WriteLineAsync(engine.Explain(question));
            }

            await Output.WriteLineAsync(AnswerJson.Line(engine.Ask(question)));
        }
    }
}
