using System.Text.RegularExpressions;

namespace ProgramaBot.Programme;

/// <summary>
/// Consistency rules a programme file must meet: numbering, parents that exist, sessions that fit the
/// year, references that resolve. Each problem names the item so whoever edits the file can find it.
/// </summary>
public static partial class ProgrammeValidator
{
    /// <summary>The source label for the text that precedes apartado 1.</summary>
    public const string IntroductionSource = "introducción";

    public static IReadOnlyList<ProgrammeProblem> Validate(ProgrammeDocument programme)
    {
        var problems = new List<ProgrammeProblem>();
        void Fail(string item, string problem) => problems.Add(new(item, problem));

        if (programme.Year is < 1990 or > 2100)
        {
            Fail("year", $"{programme.Year} is not a plausible programme year");
        }

        Unique(programme.Sections.Select(s => s.Number), "sections", Fail);
        foreach (var part in new[] { ApartadoPart.LegalFramework, ApartadoPart.Objectives, ApartadoPart.ActionLines, ApartadoPart.Sessions })
        {
            if (programme.Sections.Count(s => s.Part == part) != 1)
            {
                Fail("sections", $"exactly one apartado must have part '{part}'");
            }
        }

        Unique(programme.LegalBases.Select(b => b.Id), "legalBases", Fail);
        Unique(programme.Objectives.Select(o => o.Number), "objectives", Fail);
        Unique(programme.SpecificObjectives.Select(o => o.Number), "specificObjectives", Fail);
        Unique(programme.ActionLines.Select(l => l.Number), "actionLines", Fail);
        Unique(programme.Acronyms.Select(a => a.Letters.ToUpperInvariant()), "acronyms", Fail);

        var legalIds = programme.LegalBases.Select(b => b.Id).ToHashSet();
        var objectives = programme.Objectives.Select(o => o.Number).ToHashSet();
        var specifics = programme.SpecificObjectives.Select(o => o.Number).ToHashSet();
        var sources = programme.Sections.Select(s => s.Number)
            .Concat(objectives).Concat(specifics).Concat(programme.ActionLines.Select(l => l.Number))
            .Append(IntroductionSource).ToHashSet();

        void LegalReference(string item, string? id)
        {
            if (id is not null && !legalIds.Contains(id))
            {
                Fail(item, $"refers to legal basis '{id}', which is not in legalBases");
            }
        }

        void SourceReference(string item, string source)
        {
            if (!sources.Contains(source))
            {
                Fail(item, $"cites source '{source}', which is neither an apartado, an item number nor '{IntroductionSource}'");
            }
        }

        foreach (var basis in programme.LegalBases)
        {
            Required($"legal basis {basis.Id}", ("law", basis.Law), ("summary", basis.Summary));
            SourceReference($"legal basis {basis.Id}", basis.Source);
        }

        foreach (var objective in programme.Objectives)
        {
            Numbered($"objective {objective.Number}", objective.Number, 2, objective.Text);
        }

        foreach (var specific in programme.SpecificObjectives)
        {
            Numbered($"specific objective {specific.Number}", specific.Number, 2, specific.Text);
            if (!objectives.Contains(specific.Objective))
            {
                Fail($"specific objective {specific.Number}", $"serves objective '{specific.Objective}', which does not exist");
            }
        }

        foreach (var line in programme.ActionLines)
        {
            var item = $"action line {line.Number}";
            Numbered(item, line.Number, 3, line.Text);
            if (!specifics.Contains(line.SpecificObjective))
            {
                Fail(item, $"belongs to specific objective '{line.SpecificObjective}', which does not exist");
            }
            else if (!line.Number.StartsWith(line.SpecificObjective + ".", StringComparison.Ordinal))
            {
                Fail(item, $"is numbered outside its specific objective '{line.SpecificObjective}'");
            }
        }

        ValidateSessions(programme, Fail, LegalReference);

        LegalReference("commission.composition", programme.Commission.Composition.LegalBasis);
        LegalReference("commission.approvalBasis", programme.Commission.ApprovalBasis);
        foreach (var id in programme.Commission.TechnicalSecretary.LegalBases)
        {
            LegalReference("commission.technicalSecretary", id);
        }

        // 0: the source does not say (an imported document need not state its commission's size).
        if (programme.Commission.Composition.MemberCount < 0)
        {
            Fail("commission.composition", "memberCount must not be negative");
        }

        foreach (var period in programme.Periods)
        {
            var item = $"period {period.Id}";
            MonthOf(item + ".from", period.From.Month);
            MonthOf(item + ".to", period.To.Month);
            if (period.From > period.To)
            {
                Fail(item, "ends before it starts");
            }

            foreach (var source in period.Sources)
            {
                SourceReference(item, source);
            }
        }

        foreach (var acronym in programme.Acronyms)
        {
            Required($"acronym {acronym.Letters}", ("letters", acronym.Letters), ("meaning", acronym.Meaning));
            SourceReference($"acronym {acronym.Letters}", acronym.Source);
        }

        foreach (var annex in programme.Annexes)
        {
            SourceReference($"annex {annex.Id}", annex.Source);
        }

        return problems;

        void Numbered(string item, string number, int parts, string text)
        {
            if (!SectionNumber().IsMatch(number) || number.Split('.').Length != parts)
            {
                Fail(item, $"number '{number}' should have {parts} numeric parts separated by dots");
            }

            Required(item, ("text", text));
        }

        void Required(string item, params (string Name, string? Value)[] fields)
        {
            foreach (var (name, value) in fields.Where(f => string.IsNullOrWhiteSpace(f.Value)))
            {
                Fail(item, $"{name} is empty");
            }
        }

        void MonthOf(string item, int month)
        {
            if (month is < 1 or > 12)
            {
                Fail(item, $"month {month} is not between 1 and 12");
            }
        }
    }

    private static void ValidateSessions(
        ProgrammeDocument programme, Action<string, string> fail, Action<string, string?> legalReference)
    {
        var plan = programme.Sessions;
        legalReference("sessions", plan.LegalBasis);
        if (plan.OrdinaryCount != plan.Ordinary.Count)
        {
            fail("sessions", $"ordinaryCount says {plan.OrdinaryCount} but {plan.Ordinary.Count} ordinary sessions are listed");
        }

        Unique(plan.Ordinary.Select(s => s.Id), "sessions.ordinary", fail);
        Unique(plan.Ordinary.Select(s => s.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)), "sessions.ordinary ordinals", fail);
        foreach (var session in plan.Ordinary)
        {
            var item = $"session {session.Id}";
            if (session.Month is < 1 or > 12)
            {
                fail(item, $"month {session.Month} is not between 1 and 12");
            }

            if (session.StartsAt is { } startsAt && (startsAt.Year != programme.Year || startsAt.Month != session.Month))
            {
                fail(item, $"startsAt {startsAt:yyyy-MM-dd} is not in month {session.Month} of {programme.Year}");
            }

            if (session.Date is { } date && (date.Year != programme.Year || date.Month != session.Month))
            {
                fail(item, $"date {date:yyyy-MM-dd} is not in month {session.Month} of {programme.Year}");
            }
        }
    }

    private static void Unique(IEnumerable<string> keys, string collection, Action<string, string> fail)
    {
        foreach (var duplicate in keys.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            fail($"{collection} '{duplicate.Key}'", "appears more than once");
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex SectionNumber();
}
