
namespace ProgramaBot.Programme.Import;

/// <summary>General objectives, specific objectives and their action lines, by their numbers.</summary>
public sealed partial class ProgrammeRecogniser
{
    private (string? Introduction, List<Objective> Objectives) ReadObjectives(OutlineApartado apartado)
    {
        string? introduction = null;
        var objectives = new List<Objective>();
        foreach (var block in apartado.Content)
        {
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var item = ItemNumber.TryRead(block.Text);
            string? number = item switch
            {
                { Parts.Count: 2 } => $"{item.Parts[0]}.{item.Parts[1]}",
                { Parts.Count: 1 } => $"{apartado.Value}.{item.Parts[0]}",
                null when block.Kind == BlockKind.ListItem => $"{apartado.Value}.{objectives.Count + 1}",
                _ => null,
            };
            if (number is null)
            {
                if (objectives.Count == 0 && introduction is null && block.Kind != BlockKind.TableRow)
                {
                    introduction = block.Text;
                }
                else
                {
                    _notPlaced.Add(block.Text);
                }

                continue;
            }

            AddUnique(objectives, new Objective { Number = number, Text = item?.Text ?? block.Text }, o => o.Number, "objetivo", block.Text);
        }

        Gaps(objectives.Select(o => o.Number), "objetivos generales");
        return (introduction, objectives);
    }

    private (string? Introduction, List<SpecificObjective> Specifics, List<ActionLine> Lines) ReadActionLines(
        OutlineApartado apartado, OutlineApartado objectivesApartado, List<Objective> objectives)
    {
        string? introduction = null;
        var specifics = new List<SpecificObjective>();
        var lines = new List<ActionLine>();
        var content = apartado.Content;
        for (var i = 0; i < content.Count; i++)
        {
            var block = content[i];
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var item = ItemNumber.TryRead(block.Text);
            var nextIsLinesHeading = i + 1 < content.Count && IsSubHeading(content[i + 1], apartado);
            if (item is { Parts.Count: 2 } || (item is null && nextIsLinesHeading && block.Kind != BlockKind.TableRow))
            {
                var number = item is null ? $"{apartado.Value}.{specifics.Count + 1}" : $"{item.Parts[0]}.{item.Parts[1]}";
                var ordinal = number.Split('.')[1];
                var objective = objectives.FirstOrDefault(o => o.Number == $"{objectivesApartado.Value}.{ordinal}")
                                ?? Closest(objectives, item?.Text ?? block.Text);
                if (objective is null)
                {
                    _warnings.Add($"El objetivo específico {number} no corresponde a ningún objetivo general; no se incluyó.");
                    _notPlaced.Add(block.Text);
                    continue;
                }

                if (objective.Number != $"{objectivesApartado.Value}.{ordinal}")
                {
                    _warnings.Add($"El objetivo específico {number} no tiene objetivo general con su mismo número; se asoció al {objective.Number}, el más parecido.");
                }

                AddUnique(specifics, new SpecificObjective { Number = number, Objective = objective.Number, Text = item?.Text ?? block.Text }, s => s.Number, "objetivo específico", block.Text);
                continue;
            }

            if (item is { Parts.Count: 3 } || (item is null && block.Kind == BlockKind.ListItem && specifics.Count > 0))
            {
                var parent = item is null ? specifics[^1].Number : $"{item.Parts[0]}.{item.Parts[1]}";
                var number = item is null ? $"{parent}.{lines.Count(l => l.SpecificObjective == parent) + 1}" : item.ToString();
                if (!specifics.Any(s => s.Number == parent))
                {
                    _warnings.Add($"La línea de acción {number} no tiene el objetivo específico {parent} al que pertenecería; no se incluyó.");
                    _notPlaced.Add(block.Text);
                    continue;
                }

                AddUnique(lines, new ActionLine { Number = number, SpecificObjective = parent, Text = item?.Text ?? block.Text }, l => l.Number, "línea de acción", block.Text);
                continue;
            }

            if (specifics.Count == 0 && introduction is null && block.Kind != BlockKind.TableRow && item is null)
            {
                introduction = block.Text;
            }
            else
            {
                _notPlaced.Add(block.Text);
            }
        }

        Gaps(specifics.Select(s => s.Number), "objetivos específicos");
        foreach (var group in lines.GroupBy(l => l.SpecificObjective))
        {
            Gaps(group.Select(l => l.Number), $"líneas de acción del objetivo {group.Key}");
        }

        foreach (var specific in specifics.Where(s => !lines.Any(l => l.SpecificObjective == s.Number)))
        {
            _warnings.Add($"El objetivo específico {specific.Number} no tiene líneas de acción.");
        }

        return (introduction, specifics, lines);
    }

    private static Objective? Closest(List<Objective> objectives, string text)
    {
        var words = SpanishText.Normalize(text).Split(' ').Where(w => w.Length > 3).ToHashSet();
        return objectives
            .Select(o => (Objective: o, Score: SpanishText.Normalize(o.Text).Split(' ').Count(words.Contains)))
            .Where(x => x.Score >= 3)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Objective)
            .FirstOrDefault();
    }
}
