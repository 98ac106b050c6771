using System.Text.Json;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Cli;

namespace ProgramaBot.Approvals.Cli;

/// <summary><c>cards --out DIR</c>: writes every card the bot sends (answers, help, approvals, programmes, reminders, commission set-up), with realistic sample data.</summary>
internal sealed class CardsVerb : ICliVerb
{
    public string Name => "cards";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var index = args.ToList().IndexOf("--out");
        if (index < 0 || index + 1 >= args.Count || string.IsNullOrWhiteSpace(args[index + 1]))
        {
            await Console.Error.WriteLineAsync("Uso: cards --out CARPETA   (escribe como JSON cada tarjeta que envía el bot)");
            return 2;
        }

        var folder = Path.GetFullPath(args[index + 1]);
        Directory.CreateDirectory(folder);
        var options = new JsonSerializerOptions(BotJson.Options) { WriteIndented = true };
        foreach (var (name, card) in CardSamples.All())
        {
            var path = Path.Combine(folder, name + ".json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(card, options) + "\n", cancellationToken);
            await Console.Out.WriteLineAsync(path);
        }

        return 0;
    }
}
