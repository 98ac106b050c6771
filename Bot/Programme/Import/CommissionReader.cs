using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// The institution and the commission as the document names them (its title, its own definitions, the
/// paragraphs of its legal framework). A fact the document does not state stays empty.
/// </summary>
public sealed partial class CommissionReader(string title, string text, IReadOnlyList<LegalBasis> bases, string legalApartado)
{
    public Institution Institution()
    {
        var name = InstituteInTitle().Match(title) is { Success: true } m ? m.Value.Trim() : "";
        var acronym = name.Length > 0 && AcronymAfter(name) is { } a ? a : "";
        var state = StateIn().Match(name) is { Success: true } s ? s.Groups["state"].Value : "";
        return new Institution { Name = name, Acronym = acronym, State = state, Mission = "", Source = ProgrammeValidator.IntroductionSource };
    }

    public Commission Commission()
    {
        var name = CommissionInTitle().Match(title) is { Success: true } m ? m.Groups["name"].Value.Trim() : "";
        var shortName = ShortNameDefinition().Matches(text).Select(d => d.Groups["short"].Value)
            .FirstOrDefault(d => d.StartsWith("Comisión", StringComparison.Ordinal) && d != name) ?? name;
        var institution = Institution();
        var ofInstitute = institution.Acronym.Length > 0 ? $" del {institution.Acronym}" : "";
        var council = text.Contains("Consejo General", StringComparison.Ordinal) ? "Consejo General" + ofInstitute : "";
        var folded = SpanishText.Fold(text);

        var composition = bases.FirstOrDefault(b => Members().IsMatch(SpanishText.Fold(b.Summary)));
        var members = composition is null ? null : Members().Match(SpanishText.Fold(composition.Summary));
        var secretaryBases = bases.Where(b => SpanishText.Fold(b.Summary).Contains("secretario tecnico", StringComparison.Ordinal)
                                              || SpanishText.Fold(b.Summary).Contains("secretarios tecnicos", StringComparison.Ordinal)).ToList();
        var holder = Holder().Match(text) is { Success: true } h ? h.Groups["holder"].Value.Trim() : "";
        var approval = bases.FirstOrDefault(b => SpanishText.Fold(b.Summary).Contains("programa anual de trabajo", StringComparison.Ordinal)
                                                 && SpanishText.Fold(b.Summary).Contains("aprobacion", StringComparison.Ordinal));
        return new Commission
        {
            Name = name,
            ShortName = shortName,
            ParentBody = council,
            Nature = folded.Contains("comision permanente", StringComparison.Ordinal) || folded.Contains("caracter permanente", StringComparison.Ordinal)
                ? "Comisión Permanente" : "",
            Composition = new Composition
            {
                MemberCount = members is null ? 0 : SpanishDates.Cardinal(members.Groups["n"].Value) ?? 0,
                Description = members is null ? "" : members.Value[(members.Groups["n"].Index - members.Index)..].Trim(),
                LegalBasis = composition?.Id,
                Source = composition?.Source ?? legalApartado,
            },
            TechnicalSecretary = new TechnicalSecretary
            {
                Role = folded.Contains("secretario tecnico", StringComparison.Ordinal) ? "Secretario Técnico" : "",
                Holder = holder,
                LegalBases = [.. secretaryBases.Select(b => b.Id)],
                Source = secretaryBases.FirstOrDefault()?.Source ?? legalApartado,
            },
            ApprovedBy = approval is null ? "" : council,
            ApprovalBasis = approval?.Id,
        };
    }

    /// <summary>The letters in parentheses right after the institute's name ("… de Durango (IEPC)").</summary>
    private string? AcronymAfter(string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (Parenthesised().Match(text[(at + name.Length)..]) is { Success: true } p)
            {
                return p.Groups["letters"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"Instituto\b.*$")]
    private static partial Regex InstituteInTitle();

    [GeneratedRegex(@"(?<name>Comisi[oó]n\b.*?)(?=\s+del\s+Instituto\b|\s+del\s+[A-Z]{2,}\b|$)")]
    private static partial Regex CommissionInTitle();

    [GeneratedRegex(@"(?:Estado|Entidad)\s+de\s+(?<state>\p{Lu}[\p{L} ]+)$")]
    private static partial Regex StateIn();

    [GeneratedRegex(@"^\s*\((?<letters>\p{Lu}{2,10})\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\((?<short>Comisi[oó]n[^()]{3,80})\)")]
    private static partial Regex ShortNameDefinition();

    [GeneratedRegex(@"\b(?:conformaran|integraran|integrara|conformara|integrada|conformada)\s+(?:por|con)\s+(?<n>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete)\s+(?:consejer[oa]s?|integrantes|miembros)(?:\s+electorales)?")]
    private static partial Regex Members();

    [GeneratedRegex(@"\b(?:el|la)\s+(?<holder>Titular\s+de\s+la\s+(?:Unidad|Direcci[oó]n)[^.;,]{3,120})")]
    private static partial Regex Holder();
}
