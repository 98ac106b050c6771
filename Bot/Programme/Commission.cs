namespace ProgramaBot.Programme;

public sealed record Commission
{
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string ParentBody { get; init; }
    public required string Nature { get; init; }
    public required Composition Composition { get; init; }
    public required TechnicalSecretary TechnicalSecretary { get; init; }
    public required string ApprovedBy { get; init; }

    /// <summary>Id of the legal basis that requires the programme to be presented for approval.</summary>
    public string? ApprovalBasis { get; init; }
}

public sealed record Composition
{
    public required int MemberCount { get; init; }
    public required string Description { get; init; }
    public string? LegalBasis { get; init; }
    public required string Source { get; init; }
}

public sealed record TechnicalSecretary
{
    public required string Role { get; init; }
    public required string Holder { get; init; }
    public IReadOnlyList<string> LegalBases { get; init => field = value ?? []; } = [];
    public required string Source { get; init; }
}
