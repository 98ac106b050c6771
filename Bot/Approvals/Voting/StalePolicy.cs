using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Voting;

/// <summary>
/// When is a click on an older card still trustworthy? The request's content never changes after it is posted;
/// only votes do. So a vote from an older card is applied when the clicker's own vote is still what their card
/// showed (other members' votes changed the tally, not what this member is deciding). It is refused — and the
/// card redrawn — when the card has no version, claims a future version, or the member's own vote changed since
/// (another device or window), because then the click may answer a question that is no longer on the table.
/// </summary>
public static class StalePolicy
{
    public static bool IsAmbiguous(CardState card, long storedVersion, VoteChoice? storedVoteOfClicker)
    {
        if (card.Version is not { } version || version > storedVersion || version < 1)
        {
            return true;
        }

        return version < storedVersion && card.MyVote != storedVoteOfClicker;
    }
}
