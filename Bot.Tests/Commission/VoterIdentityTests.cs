using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Approvals;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Commission;

/// <summary>
/// Outside Development a voter is the Entra object id Teams puts on the activity, never a from.id alone (some clients
/// choose it themselves); so every member needs one in the configuration.
/// </summary>
public sealed class VoterIdentityTests
{
    private static readonly IReadOnlyList<CommissionMember> Members = ApprovalTestData.Members(2);

    private static Roster Roster(string environment)
        => new CommissionRoster(new InMemoryCommissionStore(), Options.Create(new CommissionOptions { Members = [.. Members] }),
                new HostingEnvironment { EnvironmentName = environment })
            .CurrentAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void OutsideDevelopmentATeamsIdAloneIsNobody()
        => Assert.Null(Roster("Production").FindMember(new ChannelAccount { Id = Members[0].TeamsId }));

    [Fact]
    public void OutsideDevelopmentTheEntraObjectIdIdentifiesTheVoter()
        => Assert.Equal(Members[1], Roster("Production").FindMember(new ChannelAccount { Id = Members[0].TeamsId, AadObjectId = Members[1].AadObjectId }));

    [Fact]
    public void InDevelopmentThePlaygroundsTeamsIdsStillWork()
        => Assert.Equal(Members[0], Roster("Development").FindMember(new ChannelAccount { Id = Members[0].TeamsId }));

    [Fact]
    public void OutsideDevelopmentAMemberWithoutEntraObjectIdFailsNamingTheSetting()
    {
        var options = new CommissionOptions { Members = [Members[0], Members[1] with { AadObjectId = null }] };

        var result = new CommissionIdentityValidation(new HostingEnvironment { EnvironmentName = "Production" }).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Commission:Members:1:AadObjectId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void InDevelopmentATeamsIdIsEnough()
    {
        var options = new CommissionOptions { Members = [Members[0] with { AadObjectId = null }] };

        Assert.True(new CommissionIdentityValidation(new HostingEnvironment { EnvironmentName = "Development" }).Validate(null, options).Succeeded);
    }
}
