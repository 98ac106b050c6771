using System.Text.Json;
using System.Text.RegularExpressions;
using ProgramaBot.Approvals.Cli;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Spanish;

/// <summary>
/// The commission is addressed as «usted»: no user-facing string (string literals in Bot/, the rendered cards)
/// uses a second-person-singular form.
/// </summary>
public sealed partial class FormalAddressTests
{
    /// <summary>Forms that are second person singular wherever they appear.</summary>
    private static readonly HashSet<string> AlwaysInformal = new(StringComparer.Ordinal)
    {
        "tú", "tu", "tus", "te", "ti", "contigo", "tienes", "puedes", "quieres", "has", "necesitas", "deseas", "sabes",
        "estás", "eres", "podrás", "recibirás", "verás", "tendrás", "votaste", "escribiste", "pediste", "puedas", "quieras",
        "pídeselo", "pídele", "dime", "escríbeme", "suscríbete", "acórtalo", "inténtalo", "asegúrate", "ayúdame", "dale",
    };

    /// <summary>Imperatives that read as a third person after a subject («el documento escribe»): informal when they open a sentence.</summary>
    private static readonly HashSet<string> InformalImperatives = new(StringComparer.Ordinal)
    {
        "escribe", "pide", "agrega", "intenta", "corrige", "elige", "revisa", "vuelve", "usa", "prueba", "envía", "indica",
        "consulta", "vota", "pregunta", "abre", "toca", "selecciona", "cambia", "espera", "mira", "busca", "recuerda", "añade",
    };

    [Fact]
    public void NoStringLiteralInTheBotAddressesTheUserAsTu()
    {
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("Bot"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            foreach (Match literal in StringLiteral().Matches(source))
            {
                var text = literal.Groups["raw"].Success ? literal.Groups["raw"].Value : literal.Groups["plain"].Value;
                if (IsUserFacing(source, literal.Index, text) && InformalWord(text) is { } word)
                {
                    offences.Add($"{Path.GetRelativePath(Repo.Root, file)}: «{word}» in \"{text.Trim()}\"");
                }
            }
        }

        Assert.True(offences.Count == 0, "Second-person-singular forms in user-facing strings:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void NoRenderedCardAddressesTheUserAsTu()
    {
        var offences = new List<string>();
        foreach (var (name, card) in CardSamples.All())
        {
            foreach (var text in Texts(JsonSerializer.SerializeToElement(card, BotJson.Options)))
            {
                if (InformalWord(text) is { } word)
                {
                    offences.Add($"{name}: «{word}» in \"{text}\"");
                }
            }
        }

        Assert.True(offences.Count == 0, "Second-person-singular forms in cards:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void TheCardScanReadsWhatACardSaysAndItsFallback()
    {
        var card = ProgramaBot.Cards.CardJson.Card(new ProgramaBot.Cards.CardSummary("Puedes votar desde la tarjeta.", "Vota desde la tarjeta."),
            [ProgramaBot.Cards.CardJson.Text("Solicitud")]);

        var found = Texts(JsonSerializer.SerializeToElement(card, BotJson.Options)).Select(InformalWord).OfType<string>();

        Assert.Equal(["puedes", "vota"], found);
    }

    [Theory]
    [InlineData("No envié la solicitud; corrige lo siguiente:", "corrige")]
    [InlineData("Ana, aún no has votado.", "has")]
    [InlineData("Escribe «ayuda» para ver qué puedo responder.", "escribe")]
    [InlineData("Quizá te sirva alguno de estos temas", "te")]
    [InlineData("Registré tu voto: a favor.", "tu")]
    public void TheScanCatchesTheFormsTheIssueFound(string text, string word) => Assert.Equal(word, InformalWord(text));

    [Theory]
    [InlineData("El documento fuente escribe «tres».")]
    [InlineData("Esta conversación recibirá los avisos; si desea cancelarlos, escriba «cancelar recordatorios».")]
    [InlineData("La Secretaria Técnica administra el bot; la votación sigue abierta hasta el cierre.")]
    [InlineData("Usted puede votar desde esta tarjeta; su voto se registra al instante.")]
    public void FormalTextAndWordsThatContainTheFormsPass(string text) => Assert.Null(InformalWord(text));

    /// <summary>The first second-person-singular form in <paramref name="text"/>, or null (also used on the cards sent in conversation tests).</summary>
    internal static string? InformalWord(string text)
    {
        foreach (var sentence in SentenceStart().Split(text))
        {
            var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
            if (words.FirstOrDefault(AlwaysInformal.Contains) is { } always)
            {
                return always;
            }

            if (words.Count > 0 && InformalImperatives.Contains(words[0]))
            {
                return words[0];
            }
        }

        return null;
    }

    /// <summary>Logs, exceptions for operators, and the folded word lists the question reader matches against are not said to anyone.</summary>
    private static bool IsUserFacing(string source, int index, string text)
    {
        var lineStart = source.LastIndexOf('\n', index) + 1;
        var statementStart = Math.Max(source.LastIndexOf(';', index), source.LastIndexOf('{', index));
        var lead = source[Math.Max(lineStart, statementStart + 1)..index];
        var line = source[lineStart..index].TrimStart();
        if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith('*'))
        {
            return false;
        }

        if (Regex.IsMatch(lead, @"\bLog(Trace|Debug|Information|Warning|Error|Critical)\b|Exception\(|Console\.Error|\[GeneratedRegex"))
        {
            return false;
        }

        // Folded input patterns («que puedes hacer») are what members may type, not what the bot says.
        return !FoldedPattern().IsMatch(text);
    }

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "verb" or "id" or "type" or "style" or "data")
                    {
                        continue;
                    }

                    foreach (var text in Texts(property.Value))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Texts(item))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
        }
    }

    [GeneratedRegex(@"""""""(?<raw>[\s\S]*?)""""""|(?<!"")""(?<plain>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"[.;:!?¿¡()\n«»—]|,\s")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[a-z0-9 .]*$")]
    private static partial Regex FoldedPattern();
}
