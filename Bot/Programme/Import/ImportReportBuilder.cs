using System.Text;

namespace ProgramaBot.Programme.Import;

/// <summary>The report of an import: counts and numbers per part, and a Markdown rendering for people.</summary>
public static class ImportReportBuilder
{
    public static ImportReport Build(string sourceName, string format, ProgrammeDocument programme, Recognised recognised)
    {
        var sessions = programme.Sessions.Ordinary;
        var extra = programme.Sections.Where(s => s.Part == ApartadoPart.Other).ToList();
        List<ImportedPart> parts =
        [
            new("Apartados", programme.Sections.Count, string.Join(", ", programme.Sections.Select(s => $"{s.Number}. {s.Title}"))),
            new("Párrafos de introducción", programme.Introduction.Count, ""),
            new("Fundamentos legales", programme.LegalBases.Count, string.Join("; ", programme.LegalBases.Select(Cite))),
            new("Objetivos generales", programme.Objectives.Count, Numbers(programme.Objectives.Select(o => o.Number))),
            new("Objetivos específicos", programme.SpecificObjectives.Count, Numbers(programme.SpecificObjectives.Select(o => o.Number))),
            new("Líneas de acción", programme.ActionLines.Count, Numbers(programme.ActionLines.Select(l => l.Number))),
            new("Sesiones ordinarias", sessions.Count, string.Join("; ", sessions.Select(When))),
            new("Apartados adicionales", extra.Count, string.Join(", ", extra.Select(s => $"{s.Number}. {s.Title} ({s.Paragraphs.Count} párrafos)"))),
        ];
        return new ImportReport
        {
            SourceName = sourceName,
            Format = format,
            Parts = parts,
            Warnings = recognised.Warnings,
            NotPlaced = recognised.NotPlaced,
            Noise = recognised.Noise,
        };
    }

    /// <summary>The report as Markdown (what <c>import-programme</c> writes to standard error and <c>--report</c>).</summary>
    public static string ToMarkdown(ImportReport report, ProgrammeDocument programme)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Importación: {report.SourceName}").AppendLine()
            .AppendLine($"- Formato: {report.Format}")
            .AppendLine($"- Programa: {programme.Title}")
            .AppendLine($"- Año: {programme.Year}").AppendLine()
            .AppendLine("## Lo que se entendió").AppendLine()
            .AppendLine("| Parte | Cantidad | Números |").AppendLine("| --- | --- | --- |");
        foreach (var part in report.Parts)
        {
            md.AppendLine($"| {part.Label} | {part.Count} | {part.Numbers.Replace("|", "/", StringComparison.Ordinal)} |");
        }

        Section(md, "Advertencias", report.Warnings);
        Section(md, "Párrafos no ubicados", report.NotPlaced);
        Section(md, "Ruido descartado", report.Noise);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<string> lines)
    {
        md.AppendLine().AppendLine($"## {title} ({lines.Count})").AppendLine();
        if (lines.Count == 0)
        {
            md.AppendLine("Ninguno.");
        }

        foreach (var line in lines)
        {
            md.AppendLine($"- {line}");
        }
    }

    private static string Cite(LegalBasis basis)
        => (basis.Article is null ? "" : $"artículo {basis.Article}") + (basis.Provision is null ? "" : $", {basis.Provision}") + $", {basis.Law}";

    private static string When(PlannedSession session)
        => session.StartsAt is { } at ? $"{session.Name}: {at:yyyy-MM-dd HH:mm}"
            : session.Date is { } date ? $"{session.Name}: {date:yyyy-MM-dd}"
            : $"{session.Name}: {Months.Name(session.Month)}";

    /// <summary>"2.1–2.9" for a run without gaps under one parent, "3.1.1–3.1.2, 3.2.1–3.2.4" across parents.</summary>
    internal static string Numbers(IEnumerable<string> numbers)
    {
        var runs = new List<(string First, string Last)>();
        foreach (var number in numbers)
        {
            if (runs.Count > 0 && Follows(runs[^1].Last, number))
            {
                runs[^1] = (runs[^1].First, number);
            }
            else
            {
                runs.Add((number, number));
            }
        }

        return string.Join(", ", runs.Select(r => r.First == r.Last ? r.First : $"{r.First}–{r.Last}"));
    }

    private static bool Follows(string previous, string next)
    {
        var (p, n) = (previous.LastIndexOf('.'), next.LastIndexOf('.'));
        return p > 0 && n > 0 && previous[..p] == next[..n]
               && int.TryParse(previous[(p + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var a)
               && int.TryParse(next[(n + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var b) && b == a + 1;
    }
}
