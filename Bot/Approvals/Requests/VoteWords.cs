namespace ProgramaBot.Approvals.Requests;

/// <summary>How votes and outcomes read in Spanish.</summary>
public static class VoteWords
{
    public static string Of(VoteChoice choice) => choice == VoteChoice.Approve ? "A favor" : "En contra";

    public static string Of(RequestStatus status) => status switch
    {
        RequestStatus.Approved => "Aprobada",
        RequestStatus.Rejected => "Rechazada",
        _ => "En votación",
    };
}
