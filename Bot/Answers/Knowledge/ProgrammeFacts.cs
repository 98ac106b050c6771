using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>Searchable items for what the programme says about the commission itself, its sessions and its structure.</summary>
public static class ProgrammeFacts
{
    /// <summary>Id of the item standing for the session calendar; the engine answers it from the live schedule.</summary>
    public const string SessionCalendarId = "calendario-sesiones";

    public static IEnumerable<KnowledgeItem> From(ProgrammeDocument programme)
    {
        // An imported programme leaves empty what its document does not say: such a fact is not offered at all.
        static bool Said(params string?[] texts) => texts.All(t => !string.IsNullOrWhiteSpace(t));

        var commission = programme.Commission;
        var legal = programme.LegalBases.ToDictionary(b => b.Id);
        string Cite(string? id) => id is not null && legal.TryGetValue(id, out var b) ? $" ({Phrases.Legal(b)})" : "";
        var institution = programme.Institution;
        var legalFramework = programme.NumberOf(ApartadoPart.LegalFramework);
        var sessionsApartado = programme.Of(ApartadoPart.Sessions);

        if (commission.Composition.MemberCount > 0 && Said(commission.Composition.Description))
        {
            yield return new("integracion", KnowledgeKind.Fact, "Integración de la Comisión",
                $"La {commission.Name} ({commission.ShortName}) se integra con {commission.Composition.Description}",
                $"La {commission.ShortName} se integra con {commission.Composition.MemberCount} " +
                $"({Ordinals.Cardinal(commission.Composition.MemberCount)}) integrantes: {commission.Composition.Description}" +
                $"{Cite(commission.Composition.LegalBasis)}.", [commission.Composition.Source])
            { Keywords = "integrantes miembros conforman componen consejeros electorales consejeras cuantos" };
        }

        var secretary = commission.TechnicalSecretary;
        var secretaryBases = string.Join(" y a ", secretary.LegalBases.Select(id => Cite(id).Trim(' ', '(', ')')));
        if (Said(secretary.Holder))
        {
            yield return new("secretario-tecnico", KnowledgeKind.Fact, secretary.Role,
                $"{secretary.Role} de la {commission.ShortName}: {secretary.Holder}",
                $"Funge como {secretary.Role} de la {commission.ShortName} el {secretary.Holder}" +
                (secretaryBases.Length > 0 ? $", conforme a {secretaryBases}.".Replace(" a el ", " al ", StringComparison.Ordinal) : "."), [secretary.Source])
            { Keywords = "secretario tecnico secretaria funge titular unidad tecnica quien" };
        }

        if (Said(commission.ApprovedBy))
        {
            yield return new("aprobacion-programa", KnowledgeKind.Fact, "Quién aprueba el Programa Anual de Trabajo",
                $"{commission.ApprovedBy} aprobación del programa anual de trabajo primera sesión presentar",
                $"El Programa Anual de Trabajo se presenta al {commission.ApprovedBy} para su aprobación, durante la primera sesión " +
                $"que la comisión celebre en el año{Cite(commission.ApprovalBasis)}.", [legalFramework])
            { Keywords = "aprueba aprobacion presenta presentar consejo general programa anual" };
        }

        if (Said(commission.Nature, commission.ParentBody))
        {
            yield return new("naturaleza", KnowledgeKind.Fact, $"{commission.ShortName}: {commission.Nature}",
                $"{commission.Name} {commission.Nature} del {commission.ParentBody} responsable mecanismos del servicio",
                $"La {commission.Name} ({commission.ShortName}) es una {commission.Nature} del {commission.ParentBody}, " +
                $"responsable de garantizar la correcta implementación y funcionamiento de los mecanismos del Servicio.",
                [legalFramework, ProgrammeValidator.IntroductionSource])
            { Keywords = "que es la comision permanente temporal naturaleza funcion responsable hace" };
        }

        if (Said(institution.Mission))
        {
            yield return new("principios", KnowledgeKind.Fact, "Misión del IEPC y principios de la función electoral",
                $"principios misión {institution.Mission}",
                $"Según la introducción, la misión del {institution.Acronym} es: {institution.Mission} " +
                $"Principios: {SpanishLists.Join(institution.Principles)}.", [institution.Source])
            { Keywords = "principios rectores rigen valores mision funcion electoral" };
        }

        yield return new("apartados", KnowledgeKind.Fact, "Apartados del programa",
            "apartados contenido estructura " + string.Join(" ", programme.Sections.Select(s => s.Title)),
            $"El programa se integra por {Ordinals.Cardinal(programme.Sections.Count)} apartados: " +
            string.Join("; ", programme.Sections.Select(s => $"{s.Number}. {s.Title}")) + "." +
            (programme.Annexes.Count > 0 ? $" Incluye además: {string.Join("; ", programme.Annexes.Select(a => $"{a.Title}, {a.Description}"))}" : ""),
            [ProgrammeValidator.IntroductionSource])
        { Keywords = "apartados partes secciones estructura contenido indice cuantos integra" };

        foreach (var annex in programme.Annexes)
        {
            yield return new(annex.Id, KnowledgeKind.Fact, annex.Title, $"{annex.Title} {annex.Description}",
                $"{annex.Title}: {annex.Description}{(annex.Note is null ? "" : " " + annex.Note)}", [annex.Source])
            { Keywords = "anexo gantt grafica cronograma actividades" };
        }

        var sessions = programme.Sessions;
        yield return new(SessionCalendarId, KnowledgeKind.Fact, "Calendario de sesiones ordinarias",
            "sesiones ordinarias calendario " + string.Join(" ", sessions.Ordinary.Select(s => $"{s.Name} {Months.Name(s.Month)}")),
            "", [sessionsApartado.Number])
        { Keywords = "calendario sesiones ordinarias fechas sesiona reune" };

        if (Said(sessions.DatesNote))
        {
            yield return new("fechas-enunciativas", KnowledgeKind.Fact, "Las fechas de las sesiones no son definitivas",
                sessions.DatesNote, $"{sessions.DatesNote}", [sessionsApartado.Number])
            { Keywords = "fechas definitivas cambiar mover fijas agenda enunciativo limitativo nota" };
        }

        if (Said(sessions.Extraordinary))
        {
            yield return new("sesiones-extraordinarias", KnowledgeKind.Fact, "Sesiones extraordinarias", sessions.Extraordinary,
                $"Sí: además de las {sessions.OrdinaryCount} sesiones ordinarias, el programa prevé sesiones extraordinarias: {sessions.Extraordinary}", [sessionsApartado.Number])
            { Keywords = "extraordinarias extraordinaria urgente convocar" };
        }

        if (sessions.HeadingNote is not null)
        {
            yield return new("nota-encabezado", KnowledgeKind.Fact, $"Nota sobre el año del {Apartados.Label(sessionsApartado)}", sessions.HeadingNote,
                sessions.HeadingNote, [sessionsApartado.Number])
            { Keywords = "2020 error errata encabezado año" };
        }

        yield return new("marco-legal", KnowledgeKind.LegalBasis, "Marco legal del programa",
            "marco legal fundamento " + string.Join(" ", programme.LegalBases.Select(b => b.Law)),
            "El programa se fundamenta en: " + string.Join("; ", programme.LegalBases.Where(b => b.Article is not null)
                .Select(Phrases.Legal)) + ". " + programme.LegalConclusion, [legalFramework])
        { Keywords = "marco legal fundamento legal normatividad base legal respaldo leyes" };
    }
}
