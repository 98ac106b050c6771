using ProgramaBot.Approvals.Requests;
using ProgramaBot.Commission;

namespace ProgramaBot.Tests.Approvals.Requests;

public sealed class TallyTests
{
    private static readonly IReadOnlyList<CommissionMember> Three = ApprovalTestData.Members(3);

    [Theory]
    [InlineData("", RequestStatus.Open)]
    [InlineData("A", RequestStatus.Open)]
    [InlineData("AR", RequestStatus.Open)]
    [InlineData("AA", RequestStatus.Approved)]
    [InlineData("RR", RequestStatus.Rejected)]
    [InlineData("ARA", RequestStatus.Approved)]
    [InlineData("RAR", RequestStatus.Rejected)]
    public void MajorityOfTheRosterDecides(string votes, RequestStatus expected)
        => Assert.Equal(expected, Tally.Of(Three, Votes(votes)).Decide(DecisionRule.Majority));

    [Theory]
    [InlineData("AA", RequestStatus.Open)]
    [InlineData("AAA", RequestStatus.Approved)]
    [InlineData("R", RequestStatus.Rejected)]
    [InlineData("AAR", RequestStatus.Rejected)]
    public void UnanimityNeedsEveryoneAndFallsWithOneRejection(string votes, RequestStatus expected)
        => Assert.Equal(expected, Tally.Of(Three, Votes(votes)).Decide(DecisionRule.Unanimity));

    [Fact]
    public void EvenRosterTieStaysOpen()
    {
        var four = ApprovalTestData.Members(4);
        var tally = Tally.Of(four, Votes("AARR", four));

        Assert.Equal(RequestStatus.Open, tally.Decide(DecisionRule.Majority));
        Assert.Equal(3, tally.NeededToApprove(DecisionRule.Majority));
    }

    [Fact]
    public void VotesOfPeopleNoLongerOnTheRosterDoNotCount()
    {
        var votes = Votes("AA").Append(new Vote("someone-else", "Ex integrante", VoteChoice.Reject, null, ApprovalTestData.Now, null)).ToList();

        var tally = Tally.Of(Three, votes);

        Assert.Equal((2, 0), (tally.Approvals, tally.Rejections));
        Assert.Equal([Three[2]], tally.Pending);
    }

    private static List<Vote> Votes(string pattern, IReadOnlyList<CommissionMember>? roster = null)
        => [.. pattern.Select((c, i) => new Vote((roster ?? Three)[i].Key, (roster ?? Three)[i].Name,
            c == 'A' ? VoteChoice.Approve : VoteChoice.Reject, null, ApprovalTestData.Now, null))];
}
