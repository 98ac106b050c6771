using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Answers.Retrieval;
using ProgramaBot.Answers.Rules;
using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Answers;

/// <summary>
/// Answers a Spanish question about the loaded programmes. Structured rules first (sessions, numbers,
/// acronyms, articles, periods, what is pending), Lucene retrieval for the rest; below
/// <see cref="Threshold"/> it says "No lo sé" and offers the closest items instead of guessing.
/// Thread-safe: built once for one catalog, then read-only (<see cref="LiveAnswerEngine"/> builds a new one when the catalog changes).
/// </summary>
public sealed class AnswerEngine : IDisposable
{
    /// <summary>Chosen on the project's own question sets: in-scope answers score 0.6–1, out-of-scope ones under 0.4.</summary>
    public const double Threshold = 0.5;

    /// <summary>Each word neither the programme's nor a question word makes a rule's match less certain.</summary>
    private const double UnexplainedWordFactor = 0.55;

    private readonly ProgrammeCatalog catalog;
    private readonly ProgrammeSchedule schedule;
    private readonly CommissionClock clock;
    private readonly Dictionary<int, ProgrammeKnowledge> knowledge;
    private readonly IReadOnlyList<int> loadedYears;
    private readonly RetrievalResponder retrieval = new();
    private readonly IAnswerRule[] rules;

    /// <summary>Whether a loaded programme's text speaks of a year; one delegate for the engine, not one per question.</summary>
    private readonly Func<int, bool> isContentYear;

    public AnswerEngine(ProgrammeCatalog catalog, ProgrammeSchedule schedule, CommissionClock clock)
    {
        this.catalog = catalog;
        this.schedule = schedule;
        this.clock = clock;
        knowledge = catalog.All.ToDictionary(p => p.Year, p => new ProgrammeKnowledge(p));
        loadedYears = [.. catalog.All.Select(p => p.Year)];
        isContentYear = year =>
        {
            foreach (var k in knowledge.Values)
            {
                if (k.MentionedYears.Contains(year))
                {
                    return true;
                }
            }

            return false;
        };
        var nextSession = new NextSessionRule();
        rules =
        [
            new CommandRule(nextSession), new NumberedItemRule(), new AcronymRule(), new ArticleRule(),
            new ExtraordinarySessionRule(), nextSession, new SessionRule(), new PeriodRule(), new PendingRule(),
            new MonthAgendaRule(),
        ];
    }

    public Answer Ask(string question)
    {
        // Normalised once: the year and the question's reading both start from these words.
        var words = SpanishText.Words(SpanishText.Normalize(question));
        var context = ContextFor(words, out var unloadedYear);
        var read = QuestionReader.Read(question, words, context.Knowledge);
        if (read.Words.Count == 0)
        {
            return Declined(question, "Escriba una pregunta sobre el programa; «ayuda» muestra ejemplos.", [], 0, context);
        }

        if (OutOfScopeSignals.Reason(read.Typed) is { } reason)
        {
            return Declined(question, reason, [], 0, context);
        }

        Reply? reply = null;
        foreach (var rule in rules)
        {
            if ((reply = rule.TryAnswer(read, context)) is not null)
            {
                break;
            }
        }

        IReadOnlyList<SearchHit> hits = [];
        if (reply is not null)
        {
            reply = reply with { Confidence = reply.Confidence * Math.Pow(UnexplainedWordFactor, read.Unexplained) };
        }
        else
        {
            (reply, hits) = retrieval.Answer(read, context);
        }

        // A question of a year nobody loaded is read against the latest programme only to tell whether the programme
        // could answer it at all: if so, that year is said to be missing; if not, it is declined like any other.
        if (unloadedYear is { } missing && reply is not null && (reply.Confidence >= Threshold || (reply.Declines && read.Unexplained == 0)))
        {
            return Missing(question, MissingProgramme.Reply(missing, "responder sobre ese año", context.LoadedYears));
        }

        if (reply is { MissingProgramme: true })
        {
            return Missing(question, reply);
        }

        if (reply is null || reply.Declines || reply.Confidence < Threshold)
        {
            hits = hits.Count > 0 ? hits : retrieval.Answer(read, context).Ranked;
            return Declined(question, reply?.Declines == true ? reply.Text : null, hits, reply?.Confidence ?? 0, context);
        }

        // A session answer taken from an older programme because this year's is missing says so first.
        var stale = context.UnloadedCurrentYear is { } current && reply.Dated
            ? $"No tengo cargado el programa de {current}; esto es lo que dice el {context.Programme.ShortTitle}. "
            : "";
        var citation = Citation.For(context.Programme, reply.Sources);
        var text = stale.Length == 0 && ReferenceEquals(reply.SharedText, reply.Text)
            ? context.Knowledge.AnswerTexts.Of(reply.Text, citation)
            : $"{stale}{reply.Text}{Environment.NewLine}{Environment.NewLine}{citation}";
        return new Answer(question, true, text, reply.Sources,
            Math.Round(reply.Confidence, 2))
        {
            // Chat shows a list as a card, not the text: the card carries the same warning.
            List = reply.List is null ? null : reply.List with { Source = citation, Note = stale.Length > 0 ? $"{stale}{reply.List.Note}".Trim() : reply.List.Note },
        };
    }

    /// <summary>How the engine read a question, for troubleshooting (<c>ask --explain</c> writes it to standard error).</summary>
    public string Explain(string question)
    {
        var words = SpanishText.Words(SpanishText.Normalize(question));
        var read = QuestionReader.Read(question, words, ContextFor(words, out _).Knowledge);
        return $"words=[{string.Join(' ', read.Words)}] terms=[{string.Join(" | ", read.TermGroups.Select(g => string.Join(' ', g)))}] unexplained={read.Unexplained} " +
               $"sections=[{string.Join(' ', read.SectionNumbers)}] months=[{string.Join(' ', read.Months)}] years=[{string.Join(' ', read.Years)}]";
    }

    private static Answer Declined(string question, string? reason, IReadOnlyList<SearchHit> hits, double score, AnswerContext context)
    {
        var suggestions = hits.Where(h => h.Coverage > 0 && h.Item.Id != ProgrammeFacts.SessionCalendarId)
            .Take(3).Select(h => h.Item.Title).ToList();
        var offer = suggestions.Count > 0
            ? "Quizá le sirva alguno de estos temas: " + string.Join("; ", suggestions.Select(s => $"«{s}»")) + "."
            : "Escriba «ayuda» para ver qué puedo responder.";
        var text = $"No lo sé: {reason ?? $"no encuentro la respuesta en el {context.Programme.ShortTitle}."} {offer}";
        return new Answer(question, false, text, [], Math.Round(Math.Min(score, Threshold - 0.01), 2)) { Suggestions = suggestions };
    }

    private static Answer Missing(string question, Reply reply) => new(question, false, reply.Text, [], 0);

    /// <summary>
    /// The programme a question is about: the year it names, else this year's, else the latest loaded (whose year
    /// every answer names). <paramref name="unloadedYear"/> is a year the question names that no loaded programme covers.
    /// </summary>
    private AnswerContext ContextFor(string[] words, out int? unloadedYear)
    {
        var today = clock.Today;
        var current = knowledge.GetValueOrDefault(today.Year);
        var fallback = current ?? knowledge[catalog.All[^1].Year];
        var (named, content) = QuestionYear.Read(words, knowledge.Keys, isContentYear);
        var namedKnowledge = named is { } year ? knowledge.GetValueOrDefault(year) : null;
        if (content is { } spoken && !fallback.MentionedYears.Contains(spoken))
        {
            // «el Concurso Público 2020» while 2022's programme is current: the programme that speaks of it answers.
            fallback = knowledge.Values.Where(k => k.MentionedYears.Contains(spoken)).MaxBy(k => k.Programme.Year) ?? fallback;
        }

        unloadedYear = named is not null && namedKnowledge is null ? named : null;
        return new AnswerContext(namedKnowledge ?? fallback, schedule, clock)
        {
            NamedYear = namedKnowledge?.Programme.Year,
            UnloadedCurrentYear = named is null && current is null ? today.Year : null,
            LoadedYears = loadedYears,
        };
    }

    public void Dispose()
    {
        foreach (var k in knowledge.Values)
        {
            k.Dispose();
        }
    }
}
