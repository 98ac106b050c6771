using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;
using ProgramaBot.Time;

namespace ProgramaBot.Approvals.Cards;

/// <summary>Draws request cards against the commission's current roster, in the commission's time zone.</summary>
public sealed class RequestCardRenderer(CommissionRoster roster, CommissionClock clock)
{
    public async Task<JsonObject> RenderAsync(ApprovalSnapshot snapshot, CardView view, CancellationToken cancellationToken)
        => Render(snapshot, view, await roster.CurrentAsync(cancellationToken));

    public JsonObject Render(ApprovalSnapshot snapshot, CardView view, Roster current) => RequestCard.Render(snapshot, current.Members, clock.Zone, view);
}
