using System.Collections.Concurrent;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// An answer's whole text — the reply, a blank line, the source line — kept per shared reply text (an item's answer,
/// a reply made once per programme: <c>Reply.SharedText</c>) instead of joined again for every question:
/// for an objective or the calendar that join is most of an answer's bytes. Kept per <see cref="ProgrammeKnowledge"/>,
/// so it goes with the programme it was made from. Keyed by the reply text's identity (the same string instance every
/// time, so a lookup is a pointer comparison, not a hash of the text); the source line is compared by value, and the
/// text made again whenever it differs. Concurrent questions share it safely: a concurrent dictionary of immutable
/// entries, each replaced whole.
/// </summary>
public sealed class AnswerTexts
{
    /// <summary>Shared texts are a programme's items and fixed replies (a few hundred); the bound only guards against surprises.</summary>
    private const int MaxKept = 4_096;

    private sealed record Joined(string Citation, string Text);

    private readonly ConcurrentDictionary<string, Joined> joined = new(ReferenceEqualityComparer.Instance);

    /// <returns><c>$"{reply}\n\n{citation}"</c> (with <see cref="Environment.NewLine"/>), the same instance while the citation is the same.</returns>
    public string Of(string reply, string citation)
    {
        if (joined.TryGetValue(reply, out var made) && string.Equals(made.Citation, citation, StringComparison.Ordinal))
        {
            return made.Text;
        }

        var text = $"{reply}{Environment.NewLine}{Environment.NewLine}{citation}";
        if (joined.Count < MaxKept)
        {
            joined[reply] = new Joined(citation, text);
        }

        return text;
    }
}
