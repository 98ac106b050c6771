using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>The sessions apartado: the calendar (a table or a list), its legal basis, the dates note, extraordinary sessions.</summary>
public sealed partial class ProgrammeRecogniser
{
    private SessionPlan ReadSessions(OutlineApartado apartado, int year, LegalBasesBuilder legal)
    {
        var sessions = new List<PlannedSession>();
        string? legalBasis = null;
        int? statedCount = null;
        var datesNote = "";
        var extraordinary = "";
        foreach (var block in apartado.Content)
        {
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var text = block.Text;
            if (SessionLine.TryRead(text, year) is { } line)
            {
                AddSession(sessions, line, text, year);
                continue;
            }

            if (block.Kind == BlockKind.TableRow && block.Cells.All(c => TableHeaderWord().IsMatch(SpanishText.Fold(c))))
            {
                continue;
            }

            var folded = SpanishText.Fold(text);
            var placed = false;
            if (StatedCount().Match(folded) is { Success: true } count)
            {
                statedCount = SpanishDates.Cardinal(count.Groups["n"].Value);
                placed = true;
            }

            if (legal.AddFrom(text, apartado.Number) is { Count: > 0 } bases)
            {
                legalBasis ??= bases[0].Id;
                placed = true;
            }

            if (NoteStart().Match(text) is { Success: true } note)
            {
                datesNote = text[note.Length..].Trim();
                placed = true;
            }
            else if (folded.Contains("extraordinaria", StringComparison.Ordinal) && extraordinary.Length == 0)
            {
                extraordinary = text;
                placed = true;
            }
            else if (datesNote.Length == 0 && (folded.Contains("enunciativ", StringComparison.Ordinal) || folded.Contains("fechas", StringComparison.Ordinal) && folded.Contains("podran", StringComparison.Ordinal)))
            {
                datesNote = text;
                placed = true;
            }

            if (!placed)
            {
                _notPlaced.Add(text);
            }
        }

        sessions.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        Gaps(sessions.Select(s => $"0.{s.Ordinal}"), "sesiones ordinarias", s => s[2..]);
        if (statedCount is { } stated && stated != sessions.Count)
        {
            _warnings.Add($"El texto dice {stated} sesiones ordinarias, pero el calendario lista {sessions.Count}.");
        }

        if (sessions.Count == 0)
        {
            _warnings.Add("No se encontró ninguna sesión ordinaria en el calendario.");
        }

        var headingYear = apartado.Heading.Year;
        return new SessionPlan
        {
            LegalBasis = legalBasis,
            OrdinaryCount = sessions.Count,
            Ordinary = sessions,
            DatesNote = datesNote,
            Extraordinary = extraordinary,
            HeadingNote = headingYear is { } y && y != year
                ? $"El encabezado del apartado {apartado.Number} en el documento fuente dice {y}, pero el título del programa corresponde al ejercicio {year}."
                : null,
        };
    }

    private void AddSession(List<PlannedSession> sessions, SessionLine line, string text, int year)
    {
        var name = $"Sesión Ordinaria {RomanNumerals.From(line.Ordinal)}";
        if (sessions.Any(s => s.Ordinal == line.Ordinal))
        {
            _warnings.Add($"La {name} aparece más de una vez; se conservó la primera.");
            _notPlaced.Add(text);
            return;
        }

        var date = line.Date;
        if (date is { } d && d.Year != year)
        {
            _warnings.Add($"La fecha de la {name} ({d:dd/MM/yyyy}) no es del año {year}; se conservó solo el mes.");
            date = null;
        }

        if ((date?.Month ?? line.Month) is not { } month)
        {
            _warnings.Add($"La {name} no indica mes ni fecha; no se incluyó en el calendario.");
            _notPlaced.Add(text);
            return;
        }

        DateTimeOffset? startsAt = null;
        if (date is { } day && line.Time is { } time)
        {
            var local = day.ToDateTime(time);
            startsAt = new DateTimeOffset(local, _zone.GetUtcOffset(local));
        }

        sessions.Add(new PlannedSession
        {
            Id = $"ordinaria-{line.Ordinal}",
            Name = name,
            Ordinal = line.Ordinal,
            Month = month,
            Date = startsAt is null ? date : null,
            StartsAt = startsAt,
        });
    }

    [GeneratedRegex(@"^(sesion|sesiones|mes|meses|fecha|fechas|numero|no|periodo|hora|dia|observaciones|#)?\.?$")]
    private static partial Regex TableHeaderWord();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+sesiones\s+ordinarias\b")]
    private static partial Regex StatedCount();

    [GeneratedRegex(@"^\s*nota\s*[:.-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NoteStart();
}
