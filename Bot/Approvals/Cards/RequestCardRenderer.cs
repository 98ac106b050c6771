using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;
using ProgramaBot.Time;

namespace ProgramaBot.Approvals.Cards;

/// <summary>Draws request cards against the configured roster, in the commission's time zone.</summary>
public sealed class RequestCardRenderer(CommissionRoster roster, CommissionClock clock)
{
    public JsonObject Render(ApprovalSnapshot snapshot, CardView view) => RequestCard.Render(snapshot, roster.Members, clock.Zone, view);
}
