using ProgramaBot.Reminders.Nudges;

namespace ProgramaBot.Tests.Reminders.Nudges;

/// <summary>A nudge's id is typed in the code and keeps the text the sent-notice log already holds.</summary>
public sealed class VoteNudgeIdTests
{
    [Fact]
    public void ItIsWrittenAsTheLogStoresItAndReadBack()
    {
        var id = new VoteNudgeId("SOL-2021-007", new DateOnly(2021, 9, 21));

        Assert.Equal("voto:SOL-2021-007:2021-09-21", id.ToString());
        Assert.True(VoteNudgeId.TryParse(id.ToString(), out var read));
        Assert.Equal(id, read);
    }

    [Theory]
    [InlineData("ordinaria-3@20210928T1500Z-60m")]
    [InlineData("voto:sol-7")]
    [InlineData("voto:sol-7:ayer")]
    public void AScheduleNoticeOrAMalformedIdIsNotANudge(string noticeId) => Assert.False(VoteNudgeId.TryParse(noticeId, out _));
}
