using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Tests.Approvals.Voting;

public sealed class StalePolicyTests
{
    [Theory]
    [InlineData(3L, null, null, false)] // current card
    [InlineData(1L, null, null, false)] // older card, the clicker still has not voted: others' votes changed only the tally
    [InlineData(1L, VoteChoice.Approve, VoteChoice.Approve, false)] // older card showing the clicker's current vote
    [InlineData(1L, null, VoteChoice.Approve, true)] // the clicker voted elsewhere since this card was drawn
    [InlineData(1L, VoteChoice.Reject, VoteChoice.Approve, true)]
    [InlineData(4L, null, null, true)] // a version the request never had
    [InlineData(null, null, null, true)] // no version at all
    [InlineData(0L, null, null, true)]
    public void ClickIsTrustedOnlyWhenUnambiguous(long? cardVersion, VoteChoice? cardShowed, VoteChoice? stored, bool ambiguous)
        => Assert.Equal(ambiguous, StalePolicy.IsAmbiguous(new CardState("SOL-1", cardVersion, cardShowed), 3, stored));
}
