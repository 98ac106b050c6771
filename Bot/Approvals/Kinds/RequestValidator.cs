namespace ProgramaBot.Approvals.Kinds;

public sealed record FieldError(string? FieldId, string Message);

/// <summary>The cleaned values, or every reason they cannot be accepted (all at once, in field order).</summary>
public sealed record ValidatedFields(IReadOnlyDictionary<string, string> Values, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Checks submitted values against a kind's field descriptors: required, length, choices, links.</summary>
public static class RequestValidator
{
    /// <param name="rejectUnknown">The API rejects fields the kind does not have; the form ignores its own extra data.</param>
    public static ValidatedFields Validate(RequestKind kind, IReadOnlyDictionary<string, string?> input, bool rejectUnknown)
    {
        var errors = new List<FieldError>();
        var values = new Dictionary<string, string>();
        foreach (var field in kind.Fields)
        {
            var value = Clean(input.TryGetValue(field.Id, out var raw) ? raw : null);
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    errors.Add(new(field.Id, $"«{field.Label}» es obligatorio."));
                }

                continue;
            }

            if (CheckValue(field, value) is { } problem)
            {
                errors.Add(new(field.Id, problem));
                continue;
            }

            values[field.Id] = value;
        }

        if (rejectUnknown)
        {
            errors.AddRange(input.Keys.Where(key => kind.Field(key) is null)
                .Select(key => new FieldError(key, $"El campo «{Shorten(key)}» no existe en las solicitudes de tipo «{kind.Title}».")));
        }

        return new ValidatedFields(values, errors);
    }

    private static string? CheckValue(FieldDescriptor field, string value)
    {
        if (value.Length > field.MaxLength)
        {
            return $"«{field.Label}» admite como máximo {field.MaxLength} caracteres (tiene {value.Length}).";
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return $"«{field.Label}» contiene caracteres no válidos.";
        }

        return field.Type switch
        {
            FieldType.Text or FieldType.Link when value.Contains('\n') => $"«{field.Label}» debe ocupar un solo renglón.",
            FieldType.Choice when field.Choices.All(c => c.Value != value)
                => $"«{field.Label}» debe ser una de estas opciones: {string.Join(", ", field.Choices.Select(c => c.Title))}.",
            FieldType.Link when !IsLink(value) => $"«{field.Label}» debe ser un enlace http:// o https:// completo.",
            FieldType.Links when value.Split('\n').Any(line => !IsLink(line.Trim()))
                => $"«{field.Label}» debe contener un enlace http:// o https:// completo por renglón.",
            _ => null,
        };
    }

    private static bool IsLink(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Trims, unifies line ends and drops empty lines, so "  " counts as missing.</summary>
    private static string Clean(string? value)
        => string.Join('\n', (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0)).Trim();

    private static string Shorten(string key) => key.Length <= 40 ? key : key[..40] + "…";
}
