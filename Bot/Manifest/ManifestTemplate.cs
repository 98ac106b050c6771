using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProgramaBot.Manifest;

/// <summary>
/// manifest/manifest.json with its <c>{{Name}}</c> placeholders, plus the icon files it names.
/// Placeholders are replaced inside parsed JSON strings, so a value can never break the JSON.
/// </summary>
public sealed partial class ManifestTemplate
{
    public const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // Keep "Comisión" readable in the package; the file is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _json;

    private ManifestTemplate(string json, IReadOnlyList<PackageFile> icons)
    {
        _json = json;
        Icons = icons;
    }

    public sealed record PackageFile(string Name, byte[] Content);

    /// <summary>The icons named by <c>icons.color</c> and <c>icons.outline</c>, to sit beside the manifest.</summary>
    public IReadOnlyList<PackageFile> Icons { get; }

    /// <summary>Where the verb finds the template by default: copied next to the app by Bot.csproj.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "manifest");

    public static ManifestTemplate Load(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new ManifestPackagingException(
                $"No se encontró la plantilla del manifiesto en «{manifestPath}». / Manifest template not found at '{manifestPath}'.");
        }

        var json = File.ReadAllText(manifestPath);
        var icons = ParseObject(json, manifestPath)["icons"] as JsonObject
            ?? throw new ManifestPackagingException($"«{manifestPath}» no declara «icons». / '{manifestPath}' has no 'icons'.");

        var files = new List<PackageFile>();
        foreach (var kind in new[] { "color", "outline" })
        {
            // A bare file name only: the package is flat, and a path could point outside the template.
            if (icons[kind] is not JsonValue value || !value.TryGetValue<string>(out var name)
                || Path.GetFileName(name) != name || !File.Exists(Path.Combine(directory, name)))
            {
                throw new ManifestPackagingException(
                    $"Falta el icono «{kind}» ({icons[kind]?.ToJsonString() ?? "sin nombre"}) junto a «{manifestPath}». " +
                    $"/ Icon '{kind}' is missing next to the manifest.");
            }

            files.Add(new PackageFile(name, File.ReadAllBytes(Path.Combine(directory, name))));
        }

        return new ManifestTemplate(json, files);
    }

    /// <summary>The manifest with every placeholder filled and the optional overrides applied.</summary>
    public string Fill(ManifestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var manifest = ParseObject(_json, ManifestFileName);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        ReplacePlaceholders(manifest, settings.Placeholders, unknown);
        if (unknown.Count > 0)
        {
            throw new ManifestPackagingException(
                $"La plantilla usa marcadores sin valor: {string.Join(", ", unknown)}. / The template uses unknown placeholders.");
        }

        if (settings.TeamsAppId is { } teamsAppId)
        {
            manifest["id"] = teamsAppId.ToString("D");
        }

        if (settings.Version is { } version)
        {
            manifest["version"] = version;
        }

        return manifest.ToJsonString(WriteOptions) + "\n";
    }

    private static JsonObject ParseObject(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject
                ?? throw new ManifestPackagingException($"«{source}» no es un objeto JSON. / '{source}' is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ManifestPackagingException($"«{source}» no es JSON válido: {e.Message} / '{source}' is not valid JSON.", e);
        }
    }

    private static void ReplacePlaceholders(JsonNode? node, IReadOnlyDictionary<string, string> values, SortedSet<string> unknown)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    ReplacePlaceholders(child, values, unknown);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    ReplacePlaceholders(child, values, unknown);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal):
                var filled = Placeholder().Replace(text, m =>
                    values.TryGetValue(m.Groups["name"].Value, out var replacement) ? replacement : Unknown(m.Value, unknown));
                value.ReplaceWith(JsonValue.Create(filled));
                break;
        }
    }

    private static string Unknown(string placeholder, SortedSet<string> unknown)
    {
        unknown.Add(placeholder);
        return placeholder;
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
