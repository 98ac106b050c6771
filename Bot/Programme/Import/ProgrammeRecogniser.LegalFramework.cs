namespace ProgramaBot.Programme.Import;

/// <summary>The legal framework apartado: its bases and its conclusion.</summary>
public sealed partial class ProgrammeRecogniser
{
    /// <summary>
    /// Each paragraph citing an article becomes a legal basis; a paragraph citing none continues the basis
    /// before it, except the apartado's last one, which is its conclusion.
    /// </summary>
    private string? ReadLegalFramework(OutlineApartado apartado, LegalBasesBuilder legal)
    {
        var texts = Texts(apartado).ToList();
        string? conclusion = null;
        for (var i = 0; i < texts.Count; i++)
        {
            if (legal.AddFrom(texts[i], apartado.Number).Count > 0)
            {
                continue;
            }

            if (i == texts.Count - 1 && legal.Bases.Count > 0)
            {
                conclusion = texts[i];
            }
            else if (!legal.ExtendLast(texts[i]))
            {
                _notPlaced.Add(texts[i]);
            }
        }

        if (legal.Bases.Count == 0)
        {
            _warnings.Add($"El apartado {apartado.Number} («{apartado.Title}») no cita ningún artículo: el programa queda sin fundamentos legales.");
        }

        return conclusion;
    }
}
