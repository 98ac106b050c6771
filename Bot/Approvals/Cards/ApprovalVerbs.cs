namespace ProgramaBot.Approvals.Cards;

/// <summary>The Action.Execute verbs of approval cards.</summary>
public static class ApprovalVerbs
{
    /// <summary>Teams' automatic refresh for members who have not voted (data carries the request id).</summary>
    public const string Refresh = "refresh";

    /// <summary>"Votar o cambiar mi voto" on the base card.</summary>
    public const string Open = "approvals.open";

    public const string Approve = "approvals.approve";
    public const string Reject = "approvals.reject";

    /// <summary>Kind chosen: show that kind's form.</summary>
    public const string Form = "approvals.form";

    /// <summary>Form submitted: validate, create, post.</summary>
    public const string Submit = "approvals.submit";

    public const string CommentInput = "comment";
    public const int MaxCommentLength = 500;
}
