namespace ProgramaBot.Approvals.Kinds;

/// <summary>The kinds of request the commission votes on.</summary>
public static class RequestKinds
{
    /// <summary>The kinds a person fills in: the «nueva solicitud» form and POST /api/approvals offer these.</summary>
    public static IReadOnlyList<RequestKind> All { get; } = [ModificacionMetas.Kind, DictamenIncentivos.Kind];

    /// <summary>A kind of <see cref="All"/>, for creating a request from a form or the API.</summary>
    public static RequestKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));

    /// <summary>Any kind a stored request can have, including those created from elsewhere (<see cref="ProgramaAnual"/>).</summary>
    public static RequestKind? Describe(string? id)
        => Find(id) ?? (string.Equals(ProgramaAnual.Kind.Id, id, StringComparison.Ordinal) ? ProgramaAnual.Kind : null);
}
