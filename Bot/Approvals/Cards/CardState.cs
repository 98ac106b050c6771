using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Cards;

/// <summary>
/// What a card knew when it was drawn: the request, its version, and (on a member's card) that member's vote.
/// Carried in every action's data so a click on an old card can be recognised.
/// </summary>
public sealed record CardState(string RequestId, long? Version, VoteChoice? MyVote)
{
    public const string RequestIdKey = "requestId";
    public const string VersionKey = "version";
    public const string MyVoteKey = "myVote";

    public JsonObject ToData()
    {
        var data = new JsonObject { [RequestIdKey] = RequestId, [VersionKey] = Version };
        data[MyVoteKey] = MyVote?.ToString() ?? "";
        return data;
    }

    /// <summary>Null when the data names no request; a missing or malformed version stays null (not trusted).</summary>
    public static CardState? From(JsonObject data)
    {
        if (Read(data, RequestIdKey) is not { Length: > 0 and <= 100 } requestId)
        {
            return null;
        }

        long? version = data[VersionKey] is JsonValue v && v.TryGetValue<long>(out var number) ? number
            : long.TryParse(Read(data, VersionKey), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
        VoteChoice? myVote = Enum.TryParse<VoteChoice>(Read(data, MyVoteKey), ignoreCase: false, out var choice) ? choice : null;
        return new CardState(requestId, version, myVote);
    }

    private static string? Read(JsonObject data, string key)
        => data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
