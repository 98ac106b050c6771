using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>
/// <see cref="Entities"/> and <see cref="ChannelData"/> kept as the request's bytes until first read (see
/// <see cref="DeferredJsonConverter{T}"/>): parsed then with the options the whole activity was read with, so a turn that
/// reads them sees exactly what an eager parse gave.
/// </summary>
public sealed partial class Activity
{
    private List<JsonObject>? _entities;
    private byte[]? _entitiesJson;
    private JsonObject? _channelData;
    private byte[]? _channelDataJson;

    /// <summary>The bytes of the request's <c>entities</c> and <c>channelData</c> values (null when absent), to parse on first use.</summary>
    internal void Defer(byte[]? entitiesJson, byte[]? channelDataJson)
    {
        (_entities, _entitiesJson) = (null, entitiesJson);
        (_channelData, _channelDataJson) = (null, channelDataJson);
    }

    /// <summary>
    /// False only when no entity can be a mention: the entities' bytes hold neither <c>mention</c> nor an escape (an
    /// escaped «mention» would hold a backslash). Then they need not be parsed to look for one.
    /// </summary>
    internal bool MayMention()
        => _entitiesJson is not { } json
            || json.AsSpan().IndexOf("mention"u8) >= 0
            || json.AsSpan().IndexOf((byte)'\\') >= 0;

    private static T? Parse<T>(ref byte[]? json)
        where T : class
    {
        if (json is null)
        {
            return null;
        }

        var parsed = JsonSerializer.Deserialize<T>(json, ActivityReader.EagerOptions);
        json = null;
        return parsed;
    }
}
