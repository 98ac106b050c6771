namespace ProgramaBot.Approvals.Kinds;

/// <summary>The kinds of request the commission votes on.</summary>
public static class RequestKinds
{
    public static IReadOnlyList<RequestKind> All { get; } = [ModificacionMetas.Kind, DictamenIncentivos.Kind];

    public static RequestKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
}
