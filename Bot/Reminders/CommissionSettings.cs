namespace ProgramaBot.Reminders;

/// <summary>
/// The part of the "Commission" section reminders need: who may set dates, which conversation is the commission's.
/// (Approvals binds the full roster from the same section.)
/// </summary>
public sealed class CommissionSettings
{
    public const string Section = "Commission";

    public PersonSettings? SecretarioTecnico { get; set; }

    public string? ConversationId { get; set; }

    public sealed class PersonSettings
    {
        public string? Name { get; set; }
        public string? TeamsId { get; set; }
        public string? AadObjectId { get; set; }
    }

    /// <summary>Matched by Teams id or Entra object id; an unconfigured Secretario Técnico matches nobody.</summary>
    public bool IsSecretarioTecnico(string? teamsId, string? aadObjectId)
        => SecretarioTecnico is { } st
            && ((!string.IsNullOrEmpty(st.TeamsId) && string.Equals(st.TeamsId, teamsId, StringComparison.OrdinalIgnoreCase))
                || (!string.IsNullOrEmpty(st.AadObjectId) && string.Equals(st.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)));
}
