using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Cards;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Cards;

/// <summary>
/// The request card in all its states (docs/PROTOCOL.md multi-approver pattern): the base copy with tally and voters
/// whose <c>refresh.userIds</c> are the members who still owe a vote; the ballot copy with Aprobar / Rechazar;
/// the decided copy with no buttons and <c>userIds: []</c>.
/// </summary>
public static class RequestCard
{
    public static JsonObject Render(ApprovalSnapshot snapshot, IReadOnlyList<CommissionMember> roster, TimeZoneInfo zone, CardView view)
    {
        var request = snapshot.Request;
        var tally = Tally.Of(roster, snapshot.Votes);
        var myVote = view.Viewer is { } viewer ? tally.Cast.FirstOrDefault(c => c.Member.Key == viewer.Key).Vote : null;
        var state = new CardState(request.Id, request.Version, myVote?.Choice);

        var body = new List<JsonNode>();
        if (view.Notice is { } notice)
        {
            body.Add(view.NoticeIsGood
                ? CardJson.Container([CardJson.Text(notice, TextStyle.Good)], style: "good")
                : CardJson.Container([CardJson.Text(notice, TextStyle.Warning)], style: "warning"));
        }

        body.Add(RequestDetails.Header(request));
        body.AddRange(RequestDetails.Fields(request));
        body.Add(TallySection.Render(request, tally, zone));

        var actions = new List<JsonNode>();
        var open = request.IsOpen;
        if (open && view.Ballot)
        {
            body.Add(Ballot(view.Viewer, myVote));
            actions.Add(CardJson.Execute("Aprobar", ApprovalVerbs.Approve, state.ToData(), style: "positive"));
            actions.Add(CardJson.Execute("Rechazar", ApprovalVerbs.Reject, state.ToData(), style: "destructive"));
        }
        else if (open)
        {
            actions.Add(CardJson.Execute("Votar o cambiar mi voto", ApprovalVerbs.Open, state.ToData()));
        }

        // Members who still owe a vote get the ballot automatically; once decided nobody does.
        var refreshIds = open ? tally.Pending.Select(m => m.TeamsId).OfType<string>() : [];
        var refresh = CardJson.Refresh(ApprovalVerbs.Refresh, new CardState(request.Id, request.Version, null).ToData(), refreshIds);
        return CardJson.Card(new CardSummary(Summary(request, tally, view, myVote)), body, actions, refresh);
    }

    /// <summary>The card in a few sentences (fallback and speech): folio, kind, what is asked, who asked, where the vote stands.</summary>
    private static string Summary(ApprovalRequest request, Tally tally, CardView view, Vote? myVote)
    {
        var kind = Kinds.RequestKinds.Describe(request.KindId)?.Title ?? request.KindId;
        var standing = request.Status switch
        {
            RequestStatus.Approved => $"Decisión: aprobada, con {tally.Approvals} de {tally.RosterSize} votos a favor.",
            RequestStatus.Rejected => $"Decisión: rechazada, con {tally.Rejections} de {tally.RosterSize} votos en contra.",
            _ => $"En votación: a favor {tally.Approvals}, en contra {tally.Rejections}, pendientes {tally.Pending.Count}.",
        };
        var mine = view.Viewer is { } viewer && request.IsOpen && view.Ballot
            ? myVote is null ? $" {viewer.Name}, aún no ha votado." : $" {viewer.Name}, su voto: {VoteWords.Of(myVote.Choice).ToLowerInvariant()}."
            : "";
        var notice = view.Notice is { } n ? n.TrimEnd('.') + ". " : "";
        return $"{notice}Solicitud {request.Id}, {kind}: {request.Title}. Solicitada por {request.RequestedBy}. {standing}{mine}";
    }

    public static string FallbackText(ApprovalRequest request)
        => $"Solicitud {request.Id}: {request.Title} — {VoteWords.Of(request.Status)}";

    private static JsonObject Ballot(CommissionMember? viewer, Vote? myVote)
    {
        var items = new List<JsonNode>();
        if (viewer is not null)
        {
            items.Add(CardJson.Text(myVote is null
                ? $"{viewer.Name}, aún no ha votado."
                : $"{viewer.Name}, su voto: **{VoteWords.Of(myVote.Choice)}**. Puede cambiarlo mientras la solicitud siga en votación.",
                TextStyle.Heading));
        }
        else
        {
            items.Add(CardJson.Text("Integrantes de la Comisión: elijan Aprobar o Rechazar.", TextStyle.Heading));
        }

        items.Add(CardInputs.Text(ApprovalVerbs.CommentInput, "Comentario (opcional)", myVote?.Comment, required: false,
            maxLength: ApprovalVerbs.MaxCommentLength, multiline: true, placeholder: "Motivo de su voto"));
        return CardJson.Container(items, separator: true);
    }
}
