using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Commission;

public sealed class CommissionOptionsTests
{
    [Fact]
    public void ValidRosterPasses() => Assert.Empty(Errors(new CommissionOptions { Members = [.. ApprovalTestData.Members(3)] }));

    [Fact]
    public void EmptyRosterFailsNamingTheSetting()
        => Assert.Contains(Errors(new CommissionOptions()), e => e.Contains("Commission:Members must list between 1 and 60", StringComparison.Ordinal));

    [Fact]
    public void MoreThanSixtyMembersFail()
        => Assert.NotEmpty(Errors(new CommissionOptions { Members = [.. ApprovalTestData.Members(61)] }));

    [Fact]
    public void MemberWithoutIdOrNameFails()
    {
        var errors = Errors(new CommissionOptions { Members = [new CommissionMember { Name = "" }] });

        Assert.Contains(errors, e => e.Contains("Commission:Members:0:Name is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Commission:Members:0 needs a TeamsId or an AadObjectId", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateIdsFail()
    {
        var members = ApprovalTestData.Members(2).ToList();
        members[1] = members[1] with { AadObjectId = members[0].AadObjectId };

        Assert.Contains(Errors(new CommissionOptions { Members = members }), e => e.Contains("more than one member", StringComparison.Ordinal));
    }

    [Fact]
    public void NoMembersButASecretarioPassesBecauseTheRosterIsSetUpFromTeams()
        => Assert.Empty(Errors(new CommissionOptions { SecretarioTecnico = new CommissionMember { Name = "ST", AadObjectId = "aad-st" } }));

    [Fact]
    public void UnknownRoleFails()
        => Assert.NotEmpty(Errors(new CommissionOptions { Members = [ApprovalTestData.Members(1)[0] with { Role = (CommissionRole)7 }] }));

    [Fact]
    public void AMemberConfiguredAsSecretariaTecnicaFailsBecauseMembersVote()
        => Assert.Contains(Errors(new CommissionOptions { Members = [ApprovalTestData.Members(1)[0] with { Role = CommissionRole.SecretariaTecnica }] }),
            e => e.Contains("Commission:Members:0:Role must be Presidenta or Integrante (was 'SecretariaTecnica')", StringComparison.Ordinal));

    [Fact]
    public void RolesAreConfiguredByTheirNames()
    {
        var options = Bind(new() { ["Commission:Members:0:Name"] = "P", ["Commission:Members:0:Role"] = "Presidenta",
                                   ["Commission:Members:1:Name"] = "I", ["Commission:Members:1:Role"] = "Integrante" });

        Assert.Equal([CommissionRole.Presidenta, CommissionRole.Integrante], options.Members.Select(m => m.Role));
    }

    [Fact]
    public void AnUnknownRoleInConfigurationFailsNamingTheSettingAndTheValueInsteadOfDroppingTheMember()
    {
        var configuration = Configuration(new()
        {
            ["Commission:Members:0:Name"] = "P", ["Commission:Members:0:Role"] = "Presidenta",
            ["Commission:Members:1:Name"] = "C", ["Commission:Members:1:Role"] = "Consejera",
            ["Commission:Members:2:Name"] = "I", ["Commission:Members:2:Role"] = "integrante",
        });
        var options = configuration.GetSection(CommissionOptions.Section).Get<CommissionOptions>()!;

        var result = new CommissionRoleValidation(configuration).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            ["Commission:Members:1:Role must be Presidenta or Integrante (was 'Consejera').",
             "Commission:Members:2:Role must be Presidenta or Integrante (was 'integrante')."],
            result.Failures);
    }

    [Fact]
    public void ClickerIsMatchedByEntraObjectIdFirstThenTeamsId()
    {
        var members = ApprovalTestData.Members(2);
        var roster = Roster.FromConfiguration(new CommissionOptions { Members = [.. members] });

        Assert.Equal(members[1], roster.FindMember(new ChannelAccount { Id = members[0].TeamsId, AadObjectId = members[1].AadObjectId }));
        Assert.Equal(members[0], roster.FindMember(new ChannelAccount { Id = members[0].TeamsId }));
        Assert.Null(roster.FindMember(new ChannelAccount { Id = "29:stranger", AadObjectId = "ffffffff-0000-0000-0000-000000000000" }));
    }

    private static CommissionOptions Bind(Dictionary<string, string?> settings)
        => Configuration(settings).GetSection(CommissionOptions.Section).Get<CommissionOptions>()!;

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static List<string> Errors(CommissionOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
