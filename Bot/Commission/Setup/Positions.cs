namespace ProgramaBot.Commission.Setup;

/// <summary>
/// What a person can be on the commission, with the title in the right gender: the values of the set-up card's choices.
/// One choice carries role, title and gender, so the card needs one input per person.
/// </summary>
public sealed record Position(string Value, CommissionRole Role, string Title, string Gender)
{
    public const string None = "no";

    public bool Votes => Role is CommissionRole.Presidenta or CommissionRole.Integrante;

    public bool IsPresidencia => Role == CommissionRole.Presidenta;

    public bool IsSecretaria => Role == CommissionRole.SecretariaTecnica;

    public static readonly IReadOnlyList<Position> All =
    [
        new("presidenta", CommissionRole.Presidenta, "Presidenta", CommissionMember.Female),
        new("presidente", CommissionRole.Presidenta, "Presidente", CommissionMember.Male),
        new("consejera", CommissionRole.Integrante, "Consejera Electoral", CommissionMember.Female),
        new("consejero", CommissionRole.Integrante, "Consejero Electoral", CommissionMember.Male),
        new("secretaria", CommissionRole.SecretariaTecnica, "Secretaria Técnica", CommissionMember.Female),
        new("secretario", CommissionRole.SecretariaTecnica, "Secretario Técnico", CommissionMember.Male),
    ];

    public static Position? Find(string? value) => All.FirstOrDefault(p => p.Value == value);

    /// <summary>How the card names the choice.</summary>
    public string ChoiceTitle => Role switch
    {
        CommissionRole.Integrante => Title + " integrante",
        CommissionRole.SecretariaTecnica => Title + " (administra; no vota)",
        _ => Title,
    };

    /// <summary>The position a person already holds, when the gender is known (nothing is guessed).</summary>
    public static Position? Of(CommissionMember member, bool isSecretaria)
        => All.FirstOrDefault(p => p.Gender == member.Gender
                                   && (isSecretaria ? p.IsSecretaria : p.Role == member.Role && !p.IsSecretaria));
}
