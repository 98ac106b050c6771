namespace ProgramaBot.Commission.Setup;

/// <summary>
/// What a person can be on the commission, with the title in the right gender: the values of the set-up card's choices.
/// One choice carries role, title and gender, so the card needs one input per person.
/// </summary>
public sealed record Position(string Value, string Role, string Title, string Gender)
{
    public const string None = "no";

    public bool Votes => Role is CommissionMember.Presidenta or CommissionMember.Integrante;

    public bool IsPresidencia => Role == CommissionMember.Presidenta;

    public bool IsSecretaria => Role == CommissionMember.SecretariaTecnica;

    public static readonly IReadOnlyList<Position> All =
    [
        new("presidenta", CommissionMember.Presidenta, "Presidenta", CommissionMember.Female),
        new("presidente", CommissionMember.Presidenta, "Presidente", CommissionMember.Male),
        new("consejera", CommissionMember.Integrante, "Consejera Electoral", CommissionMember.Female),
        new("consejero", CommissionMember.Integrante, "Consejero Electoral", CommissionMember.Male),
        new("secretaria", CommissionMember.SecretariaTecnica, "Secretaria Técnica", CommissionMember.Female),
        new("secretario", CommissionMember.SecretariaTecnica, "Secretario Técnico", CommissionMember.Male),
    ];

    public static Position? Find(string? value) => All.FirstOrDefault(p => p.Value == value);

    /// <summary>How the card names the choice.</summary>
    public string ChoiceTitle => Role switch
    {
        CommissionMember.Integrante => Title + " integrante",
        CommissionMember.SecretariaTecnica => Title + " (administra; no vota)",
        _ => Title,
    };

    /// <summary>The position a person already holds, when the gender is known (nothing is guessed).</summary>
    public static Position? Of(CommissionMember member, bool isSecretaria)
        => All.FirstOrDefault(p => p.Gender == member.Gender
                                   && (isSecretaria ? p.IsSecretaria : p.Role == member.Role && !p.IsSecretaria));
}
