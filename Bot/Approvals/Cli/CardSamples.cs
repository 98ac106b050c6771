using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.Commission;
using ProgramaBot.Programme;
using ProgramaBot.Programme.Publication.Chat;

namespace ProgramaBot.Approvals.Cli;

/// <summary>Every card the bot sends, with realistic, fixed sample data (a fixed clock, so the files never change by themselves).</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Opened = new(2021, 9, 15, 10, 30, 0, TimeSpan.FromHours(-5));
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    public static IReadOnlyList<CommissionMember> Roster { get; } =
    [
        new() { Name = "Mtra. Laura Elena Rodríguez Soto", TeamsId = "29:1laura", AadObjectId = "7f1c1d2e-0000-4000-8000-000000000001", Role = CommissionRole.Presidenta, Gender = CommissionMember.Female },
        new() { Name = "Lic. Jorge Alberto Medina Reyes", TeamsId = "29:1jorge", AadObjectId = "7f1c1d2e-0000-4000-8000-000000000002" },
        new() { Name = "Dra. Ana Cristina Herrera Valdez", TeamsId = "29:1ana", AadObjectId = "7f1c1d2e-0000-4000-8000-000000000003" },
    ];

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var metas = Metas();
        var dictamen = Dictamen();
        var (laura, jorge, ana) = (Roster[0], Roster[1], Roster[2]);
        var oneVote = Voted(metas, (laura, VoteChoice.Approve, "De acuerdo; la meta original ya no es medible.", 12));
        var approved = Decided(Voted(metas, (laura, VoteChoice.Approve, null, 12), (ana, VoteChoice.Approve, null, 47)), RequestStatus.Approved);
        var rejected = Decided(Voted(dictamen, (jorge, VoteChoice.Reject, "Falta el visto bueno de la DESPEN.", 20),
            (ana, VoteChoice.Reject, null, 55)), RequestStatus.Rejected);

        yield return ("form-kind-chooser", FormCards.KindChooser());
        yield return ("form-modificacion-metas", FormCards.Form(ModificacionMetas.Kind, "0f6e1c2a9b8d4e7f8a1b2c3d4e5f6a7b"));
        yield return ("form-dictamen-incentivos", FormCards.Form(DictamenIncentivos.Kind, "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"));
        yield return ("form-with-errors", FormWithErrors());
        yield return ("created", NoticeCards.Created(metas.Request));
        yield return ("request-modificacion-metas", Render(metas, CardView.Base));
        yield return ("request-dictamen-incentivos", Render(dictamen, CardView.Base));
        yield return ("pending-member-ballot", Render(metas, CardView.For(jorge)));
        yield return ("pending-neutral-ballot", Render(metas, new CardView(Ballot: true)));
        yield return ("voted-base", Render(oneVote, CardView.Base));
        yield return ("voted-member", Render(oneVote, CardView.For(laura, VoteMessages.Recorded(VoteChoice.Approve), noticeIsGood: true)));
        yield return ("decided-approved", Render(approved, CardView.Base));
        yield return ("decided-rejected", Render(rejected, CardView.Base));
        yield return ("already-decided", Render(approved, CardView.For(jorge, VoteMessages.AlreadyDecided)));
        yield return ("stale", Render(oneVote, CardView.For(jorge, VoteMessages.Stale)));
        yield return ("error", NoticeCards.Error("Solicitud no encontrada", VoteMessages.NotFound("SOL-2021-014")));

        // A programme submitted from its review card: the request of the «Programa Anual de Trabajo» kind, then the review cards.
        var programme = ProgrammeLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, ProgrammeOptions.BuiltInFile));
        var programmeRequest = new ApprovalSnapshot(ProgrammeCardSamples.Request(ProgrammeCardSamples.Draft(programme), programme), []);
        yield return ("request-programa-anual", Render(programmeRequest, CardView.Base));
        yield return ("decided-programa-anual", Render(Decided(Voted(programmeRequest, (laura, VoteChoice.Approve, null, 5),
            (ana, VoteChoice.Approve, null, 9)), RequestStatus.Approved), CardView.Base));
                yield return ("help", Welcome.HelpCard.Build(inGroup: false));
        yield return ("help-group", Welcome.HelpCard.Build(inGroup: true));
        yield return ("schedule-session", Reminders.Chat.ScheduleCard.Build(
        [
            new() { Key = "ordinaria-3", Kind = Reminders.Schedule.ScheduleKind.OrdinarySession, Title = "Sesión Ordinaria III" },
            new() { Key = "ordinaria-4", Kind = Reminders.Schedule.ScheduleKind.OrdinarySession, Title = "Sesión Ordinaria IV" },
            new() { Key = "extraordinaria-1", Kind = Reminders.Schedule.ScheduleKind.ExtraordinarySession, Title = "Sesión Extraordinaria 1" },
        ]));
        foreach (var sample in ProgrammeCardSamples.All().Concat(Commission.Setup.SetupCardSamples.All()).Concat(Answers.Cli.AnswerCardSamples.All(Opened)))
        {
            yield return sample;
        }
    }

    private static JsonObject Render(ApprovalSnapshot snapshot, CardView view) => RequestCard.Render(snapshot, Roster, Zone, view);

    private static JsonObject FormWithErrors()
    {
        var values = new Dictionary<string, string?> { ["ejercicio"] = "2020", ["miembro"] = "C. Rosa María Gallegos Ibarra", ["dictamen"] = "dictamen.pdf" };
        var result = RequestValidator.Validate(DictamenIncentivos.Kind, values, rejectUnknown: false);
        return FormCards.Form(DictamenIncentivos.Kind, "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", values, result.Errors);
    }

    private static ApprovalSnapshot Metas() => Open(ModificacionMetas.Kind, "SOL-2021-014", new Dictionary<string, string>
    {
        ["movimiento"] = "modificacion",
        ["alcance"] = "individual",
        ["periodo"] = "2020-2021",
        ["meta"] = "MI-07",
        ["descripcion"] = "Porcentaje de actas de sesión de los Consejos Municipales Electorales revisadas y remitidas a la Secretaría Ejecutiva en un plazo máximo de 48 horas.",
        ["justificacion"] = "La pandemia por COVID-19 obligó a celebrar sesiones a distancia; el plazo de 48 horas no considera la firma electrónica de las actas, por lo que se propone ampliarlo a 72 horas sin modificar el nivel esperado.",
        ["afectados"] = "Coordinación de Organización Electoral (3 miembros del Servicio)",
        ["anexos"] = "https://iepc-durango.example/spen/metas/MI-07-propuesta.pdf\nhttps://iepc-durango.example/spen/metas/MI-07-oficio-DESPEN.pdf",
    });

    private static ApprovalSnapshot Dictamen() => Open(DictamenIncentivos.Kind, "SOL-2021-015", new Dictionary<string, string>
    {
        ["ejercicio"] = "2020",
        ["miembro"] = "C. Rosa María Gallegos Ibarra",
        ["cargo"] = "Jefa de Departamento de Capacitación Electoral",
        ["tipoIncentivo"] = "rendimiento",
        ["justificacion"] = "Obtuvo la calificación más alta de la Evaluación del Desempeño del periodo septiembre 2019 a agosto 2020 y cumple los requisitos de los Lineamientos de incentivos.",
        ["dictamen"] = "https://iepc-durango.example/spen/incentivos/2020/dictamen-07.pdf",
    });

    private static ApprovalSnapshot Open(RequestKind kind, string id, Dictionary<string, string> fields) => new(new ApprovalRequest
    {
        Id = id,
        KindId = kind.Id,
        Title = kind.TitleFor(fields),
        ProgrammeItem = kind.ProgrammeItem,
        Fields = fields,
        RequestedBy = "Lic. Ricardo Salazar Núñez (Secretario Técnico)",
        Source = "chat",
        ConversationId = "19:comision-seguimiento-spen@thread.tacv2",
        CardActivityId = "1631719800000",
        CreatedAt = Opened,
    }, []);

    private static ApprovalSnapshot Voted(ApprovalSnapshot snapshot, params (CommissionMember Member, VoteChoice Choice, string? Comment, int Minutes)[] votes)
        => snapshot with
        {
            Request = snapshot.Request with { Version = snapshot.Request.Version + votes.Length },
            Votes = [.. votes.Select(v => new Vote(v.Member.Key, v.Member.Name, v.Choice, v.Comment, Opened.AddMinutes(v.Minutes), null))],
        };

    private static ApprovalSnapshot Decided(ApprovalSnapshot snapshot, RequestStatus status)
        => snapshot with { Request = snapshot.Request with { Status = status, DecidedAt = snapshot.Votes.Max(v => v.At) } };
}
