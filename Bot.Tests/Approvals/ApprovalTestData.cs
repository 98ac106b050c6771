using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Commission;

namespace ProgramaBot.Tests.Approvals;

/// <summary>Rosters and requests for approval tests.</summary>
public static class ApprovalTestData
{
    public static readonly DateTimeOffset Now = new(2021, 9, 15, 15, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<CommissionMember> Members(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new CommissionMember
        {
            Name = $"Integrante {i}",
            TeamsId = $"29:member-{i}",
            AadObjectId = $"00000000-0000-4000-8000-{i:D12}",
            Role = i == 1 ? CommissionRole.Presidenta : CommissionRole.Integrante,
        }),
    ];

    public static CommissionRoster Roster(IReadOnlyList<CommissionMember> members, DecisionRule rule = DecisionRule.Majority)
        => new(new Fakes.InMemoryCommissionStore(),
            Options.Create(new CommissionOptions { Members = [.. members], DecisionRule = rule, ConversationId = "19:commission" }));

    public static Dictionary<string, string> DictamenFields() => new()
    {
        ["ejercicio"] = "2020",
        ["miembro"] = "C. Rosa María Gallegos Ibarra",
        ["cargo"] = "Jefa de Departamento",
        ["tipoIncentivo"] = "rendimiento",
        ["justificacion"] = "Calificación más alta de la evaluación.",
        ["dictamen"] = "https://iepc.example/dictamen.pdf",
    };

    public static ApprovalRequest Request(string id, DecisionRule rule = DecisionRule.Majority) => new()
    {
        Id = id,
        KindId = DictamenIncentivos.Kind.Id,
        Title = DictamenIncentivos.Kind.TitleFor(DictamenFields()),
        ProgrammeItem = DictamenIncentivos.Kind.ProgrammeItem,
        Fields = DictamenFields(),
        RequestedBy = "Secretario Técnico",
        Source = "chat",
        ConversationId = "19:commission",
        CardActivityId = "card-" + id,
        Rule = rule,
        CreatedAt = Now,
    };

    public static AuditEntry Created() => new(Now, "Secretario Técnico", "st", AuditEntry.Created, "prueba", "personal-chat");
}
