using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>Two instances on one Azure Table Storage (Azurite) sweeping at the same moment: the card repaired, one announcement.</summary>
[Collection(AzuriteTests.Name)]
public sealed class PublicationSweepOnTwoInstancesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoInstancesSweepingAtOnceRepairTheCardAndAnnounceOnce()
    {
        await using var first = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "Sweep" + Guid.NewGuid().ToString("N")[..8],
        });
        await using var second = first.Sibling();
        await first.JoinCommissionAsync();
        var (requestId, cardId) = await first.CreateRequestAsync();

        // The second instance commits the deciding votes and dies before publishing them.
        await second.CommitWithoutPublishingAsync(ApprovalHarness.Members[0], VoteChoice.Approve, new CardState(requestId, 1, null));
        await second.CommitWithoutPublishingAsync(ApprovalHarness.Members[1], VoteChoice.Approve, new CardState(requestId, 1, null));
        first.Time.Advance(TimeSpan.FromMinutes(1));
        second.Time.Advance(TimeSpan.FromMinutes(1));

        first.Connector.Hold = _ => Task.Delay(50);
        await Task.WhenAll(new[] { first, second, first, second }.Select(bot =>
            Task.Run(() => bot.Services.GetRequiredService<PublicationSweepJob>().RunAsync(default))));

        Assert.Single(first.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(first.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Equal(3, ApprovalHarness.CardVersion(first.CardUpdates(cardId)[^1]));
        Assert.Empty(await first.Store.ListBehindPublicationsAsync(default));
    }
}
