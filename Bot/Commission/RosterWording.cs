namespace ProgramaBot.Commission;

/// <summary>Titles as the roster knows them (title and gender chosen in Teams), with the office's neutral name when it does not.</summary>
public static class RosterWording
{
    /// <summary>«la Secretaria Técnica», «el Secretario Técnico», or «la Secretaría Técnica» when the roster does not say.</summary>
    public static string SecretaryWithArticle(this Roster roster) => roster.SecretarioTecnico switch
    {
        { Gender: CommissionMember.Female } st => "la " + (st.Title ?? "Secretaria Técnica"),
        { Gender: CommissionMember.Male } st => "el " + (st.Title ?? "Secretario Técnico"),
        _ => "la Secretaría Técnica",
    };

    /// <summary>«Presidenta» or «Presidente» from the member's title or gender; «Presidencia» when neither is known.</summary>
    public static string PresidencyTitle(this CommissionMember member) => member switch
    {
        { Title: { Length: > 0 } title } => title,
        { Gender: CommissionMember.Female } => "Presidenta",
        { Gender: CommissionMember.Male } => "Presidente",
        _ => "Presidencia",
    };
}
