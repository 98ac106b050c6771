namespace ProgramaBot.Commission;

public enum DecisionRule
{
    /// <summary>Decided when more than half of the roster approves, or more than half rejects.</summary>
    Majority,

    /// <summary>Approved only when every member approves; rejected as soon as one member rejects.</summary>
    Unanimity,
}
