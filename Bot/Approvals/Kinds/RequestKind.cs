using System.Text.RegularExpressions;

namespace ProgramaBot.Approvals.Kinds;

/// <summary>
/// What a kind of request is, described by data: adding a kind is adding one of these to
/// <see cref="RequestKinds"/>, never a new workflow.
/// </summary>
/// <param name="TitleTemplate">The request's title; <c>{fieldId}</c> is replaced by the field's displayed value.</param>
public sealed partial record RequestKind(
    string Id,
    string Title,
    string ProgrammeItem,
    string TitleTemplate,
    IReadOnlyList<FieldDescriptor> Fields)
{
    public FieldDescriptor? Field(string id) => Fields.FirstOrDefault(f => f.Id == id);

    public string TitleFor(IReadOnlyDictionary<string, string> values)
        => Placeholder().Replace(TitleTemplate, m =>
            Field(m.Groups[1].Value) is { } field && values.TryGetValue(field.Id, out var value) ? field.Display(value) : "");

    [GeneratedRegex(@"\{([a-zA-Z0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
