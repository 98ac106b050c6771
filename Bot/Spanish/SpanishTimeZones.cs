namespace ProgramaBot.Spanish;

/// <summary>
/// A time zone as people in Mexico say it («hora del centro de México»), never its IANA id: commission members read
/// chat, not configuration. Zones outside Mexico's official regions read as the commission's local time.
/// </summary>
public static class SpanishTimeZones
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["America/Mexico_City"] = "hora del centro de México",
        ["America/Monterrey"] = "hora del centro de México",
        ["America/Merida"] = "hora del centro de México",
        ["America/Matamoros"] = "hora del centro de México",
        ["America/Bahia_Banderas"] = "hora del centro de México",
        ["America/Chihuahua"] = "hora del centro de México",
        ["America/Ojinaga"] = "hora del centro de México",
        ["Central Standard Time (Mexico)"] = "hora del centro de México",
        ["America/Mazatlan"] = "hora del Pacífico de México",
        ["America/Hermosillo"] = "hora del Pacífico de México",
        ["America/Ciudad_Juarez"] = "hora de la montaña de México",
        ["America/Cancun"] = "hora del sureste de México",
        ["America/Tijuana"] = "hora del noroeste de México",
    };

    /// <summary>«hora del centro de México»; «hora local de la Comisión» for a zone without a Mexican name.</summary>
    public static string Name(TimeZoneInfo zone) => Names.GetValueOrDefault(zone.Id, "hora local de la Comisión");
}
