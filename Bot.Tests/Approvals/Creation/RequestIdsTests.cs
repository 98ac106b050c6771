using ProgramaBot.Approvals.Creation;

namespace ProgramaBot.Tests.Approvals.Creation;

/// <summary>Folios read as members dictate them; old ids are still derived the way they were stored.</summary>
public sealed class RequestIdsTests
{
    [Theory]
    [InlineData(2026, 1, "SOL-2026-001")]
    [InlineData(2026, 42, "SOL-2026-042")]
    [InlineData(2026, 999, "SOL-2026-999")]
    [InlineData(2026, 1000, "SOL-2026-1000")]
    [InlineData(2027, 12345, "SOL-2027-12345")]
    public void AFolioHasThreeDigitsAtLeastAndMorePast999(int year, long number, string expected)
        => Assert.Equal(expected, RequestIds.Folio(year, number));

    [Fact]
    public void ATokensOldIdIsItsFirstTwelveDigitsInCapitals()
        => Assert.Equal("SOL-C9115B6A23C4", RequestIds.Legacy("c9115b6a23c4d5e6f708192a3b4c5d6e"));
}
