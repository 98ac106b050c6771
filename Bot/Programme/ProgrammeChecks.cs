using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramaBot.Programme;

/// <summary>
/// The checks <see cref="ProgrammeValidator"/> runs, one method per part of the programme, gathering problems instead of
/// stopping at the first, and the references (legal bases, items a source may cite) every part resolves against.
/// </summary>
internal sealed partial class ProgrammeChecks(ProgrammeDocument programme)
{
    private readonly List<ProgrammeProblem> _problems = [];
    private readonly HashSet<string> _legalIds = [.. programme.LegalBases.Select(b => b.Id)];
    private readonly HashSet<string> _objectives = [.. programme.Objectives.Select(o => o.Number)];
    private readonly HashSet<string> _specifics = [.. programme.SpecificObjectives.Select(o => o.Number)];
    private readonly HashSet<string> _sources =
    [
        .. programme.Sections.Select(s => s.Number), .. programme.Objectives.Select(o => o.Number),
        .. programme.SpecificObjectives.Select(o => o.Number), .. programme.ActionLines.Select(l => l.Number),
        ProgrammeValidator.IntroductionSource,
    ];

    public IReadOnlyList<ProgrammeProblem> Problems => _problems;

    public void Year()
    {
        if (programme.Year is < 1990 or > 2100)
        {
            Fail("year", $"{programme.Year} is not a plausible programme year");
        }
    }

    /// <summary>Apartados numbered once each, and exactly one for each part the answers rely on.</summary>
    public void Apartados()
    {
        Unique(programme.Sections.Select(s => s.Number), "sections");
        foreach (var part in new[] { ApartadoPart.LegalFramework, ApartadoPart.Objectives, ApartadoPart.ActionLines, ApartadoPart.Sessions })
        {
            if (programme.Sections.Count(s => s.Part == part) != 1)
            {
                Fail("sections", $"exactly one apartado must have part '{part}'");
            }
        }
    }

    public void UniqueNumbers()
    {
        Unique(programme.LegalBases.Select(b => b.Id), "legalBases");
        Unique(programme.Objectives.Select(o => o.Number), "objectives");
        Unique(programme.SpecificObjectives.Select(o => o.Number), "specificObjectives");
        Unique(programme.ActionLines.Select(l => l.Number), "actionLines");
        Unique(programme.Acronyms.Select(a => a.Letters.ToUpperInvariant()), "acronyms");
    }

    public void LegalFramework()
    {
        foreach (var basis in programme.LegalBases)
        {
            Required($"legal basis {basis.Id}", ("law", basis.Law), ("summary", basis.Summary));
            SourceReference($"legal basis {basis.Id}", basis.Source);
        }
    }

    public void Objectives()
    {
        foreach (var objective in programme.Objectives)
        {
            Numbered($"objective {objective.Number}", objective.Number, 2, objective.Text);
        }
    }

    public void SpecificObjectives()
    {
        foreach (var specific in programme.SpecificObjectives)
        {
            Numbered($"specific objective {specific.Number}", specific.Number, 2, specific.Text);
            if (!_objectives.Contains(specific.Objective))
            {
                Fail($"specific objective {specific.Number}", $"serves objective '{specific.Objective}', which does not exist");
            }
        }
    }

    public void ActionLines()
    {
        foreach (var line in programme.ActionLines)
        {
            var item = $"action line {line.Number}";
            Numbered(item, line.Number, 3, line.Text);
            if (!_specifics.Contains(line.SpecificObjective))
            {
                Fail(item, $"belongs to specific objective '{line.SpecificObjective}', which does not exist");
            }
            else if (!line.Number.StartsWith(line.SpecificObjective + ".", StringComparison.Ordinal))
            {
                Fail(item, $"is numbered outside its specific objective '{line.SpecificObjective}'");
            }
        }
    }

    /// <summary>The ordinary sessions: as many as announced, each once, in a month of the programme's year.</summary>
    public void Sessions()
    {
        var plan = programme.Sessions;
        LegalReference("sessions", plan.LegalBasis);
        if (plan.OrdinaryCount != plan.Ordinary.Count)
        {
            Fail("sessions", $"ordinaryCount says {plan.OrdinaryCount} but {plan.Ordinary.Count} ordinary sessions are listed");
        }

        Unique(plan.Ordinary.Select(s => s.Id), "sessions.ordinary");
        Unique(plan.Ordinary.Select(s => s.Ordinal.ToString(CultureInfo.InvariantCulture)), "sessions.ordinary ordinals");
        foreach (var session in plan.Ordinary)
        {
            var item = $"session {session.Id}";
            MonthOf(item, session.Month);
            if (session.StartsAt is { } startsAt && (startsAt.Year != programme.Year || startsAt.Month != session.Month))
            {
                Fail(item, $"startsAt {startsAt:yyyy-MM-dd} is not in month {session.Month} of {programme.Year}");
            }

            if (session.Date is { } date && (date.Year != programme.Year || date.Month != session.Month))
            {
                Fail(item, $"date {date:yyyy-MM-dd} is not in month {session.Month} of {programme.Year}");
            }
        }
    }

    public void Commission()
    {
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
    }

    public void Periods()
    {
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
    }

    public void Acronyms()
    {
        foreach (var acronym in programme.Acronyms)
        {
            Required($"acronym {acronym.Letters}", ("letters", acronym.Letters), ("meaning", acronym.Meaning));
            SourceReference($"acronym {acronym.Letters}", acronym.Source);
        }
    }

    public void Annexes()
    {
        foreach (var annex in programme.Annexes)
        {
            SourceReference($"annex {annex.Id}", annex.Source);
        }
    }

    private void Fail(string item, string problem) => _problems.Add(new(item, problem));

    private void Unique(IEnumerable<string> keys, string collection)
    {
        foreach (var duplicate in keys.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            Fail($"{collection} '{duplicate.Key}'", "appears more than once");
        }
    }

    private void LegalReference(string item, string? id)
    {
        if (id is not null && !_legalIds.Contains(id))
        {
            Fail(item, $"refers to legal basis '{id}', which is not in legalBases");
        }
    }

    private void SourceReference(string item, string source)
    {
        if (!_sources.Contains(source))
        {
            Fail(item, $"cites source '{source}', which is neither an apartado, an item number nor '{ProgrammeValidator.IntroductionSource}'");
        }
    }

    private void Numbered(string item, string number, int parts, string text)
    {
        if (!SectionNumber().IsMatch(number) || number.Split('.').Length != parts)
        {
            Fail(item, $"number '{number}' should have {parts} numeric parts separated by dots");
        }

        Required(item, ("text", text));
    }

    private void Required(string item, params (string Name, string? Value)[] fields)
    {
        foreach (var (name, _) in fields.Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            Fail(item, $"{name} is empty");
        }
    }

    private void MonthOf(string item, int month)
    {
        if (month is < 1 or > 12)
        {
            Fail(item, $"month {month} is not between 1 and 12");
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex SectionNumber();
}
