using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Approvals;

/// <summary>
/// Tests around one request: a bot with the commission joined and one request posted to it, and the clicks members make
/// on its card through /api/messages.
/// </summary>
public abstract class OneRequestTests : IAsyncLifetime
{
    protected static readonly ApprovalHarness.Person M1 = ApprovalHarness.Members[0];
    protected static readonly ApprovalHarness.Person M2 = ApprovalHarness.Members[1];
    protected static readonly ApprovalHarness.Person M3 = ApprovalHarness.Members[2];

    protected ApprovalHarness Bot { get; private set; } = null!;
    protected string RequestId { get; private set; } = "";
    protected string CardId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Bot = await ApprovalHarness.StartAsync();
        await Bot.JoinCommissionAsync();
        (RequestId, CardId) = await Bot.CreateRequestAsync();
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>A click on the request's card in the commission's conversation; returns the invoke response body.</summary>
    protected Task<JsonNode> Vote(ApprovalHarness.Person who, string verb, JsonObject data)
        => Bot.InvokeAsync(who, ApprovalHarness.CommissionConversation, CardId, verb, data);

    /// <summary>The action data a card drawn at <paramref name="version"/> carries.</summary>
    protected JsonObject Data(long version, string myVote = "", string? comment = null)
    {
        var data = new JsonObject { ["requestId"] = RequestId, ["version"] = version, ["myVote"] = myVote };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return data;
    }
}
