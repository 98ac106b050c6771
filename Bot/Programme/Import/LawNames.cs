
namespace ProgramaBot.Programme.Import;

/// <summary>
/// Turns the way a sentence names a law into the law's full name: «del Reglamento antes citado» is the last
/// Reglamento cited, «del Estatuto» or «del Reglamento de Comisiones» the longest name the document gives
/// that starts with those words; then <see cref="KnownLaws"/> supplies the proper spelling and id prefix.
/// </summary>
public sealed class LawNames(IEnumerable<string> fullNamesInDocument)
{
    private readonly List<string> _fullNames = [.. fullNamesInDocument.Distinct()];

    public (string Name, string Prefix, string? WrittenAs) Resolve(string written, string? lastCited)
    {
        var words = Words(written);
        var name = written;
        if (words.Length == 1 && lastCited is not null && Words(lastCited)[0] == words[0])
        {
            name = lastCited;
        }
        else if (words.Length <= 3)
        {
            name = _fullNames.Where(f => Words(f).Length > words.Length && Words(f).Take(words.Length).SequenceEqual(words))
                .OrderByDescending(f => f.Length).FirstOrDefault() ?? written;
        }

        var (proper, prefix, corrected) = KnownLaws.Resolve(name);
        return (proper, prefix, corrected ? name : null);
    }

    private static string[] Words(string name) => SpanishText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
