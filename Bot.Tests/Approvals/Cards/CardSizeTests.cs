using System.Text.Json;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.Approvals.Cards;

/// <summary>The largest card the bot can draw — every field at its maximum, 60 members, each with a full comment — stays under 40 KB.</summary>
public sealed class CardSizeTests
{
    [Theory]
    [InlineData("modificacion-metas")]
    [InlineData("dictamen-incentivos")]
    public void WorstCaseRequestCardIsUnder40KB(string kindId)
    {
        var kind = RequestKinds.Find(kindId)!;
        var fields = kind.Fields.ToDictionary(f => f.Id, f => f.Type switch
        {
            FieldType.Choice => f.Choices[0].Value,
            FieldType.Link => "https://e.mx/" + new string('d', f.MaxLength - 13),
            FieldType.Links => string.Join('\n', Enumerable.Repeat("https://e.mx/" + new string('d', 86), f.MaxLength / 100)),
            _ => new string('ñ', f.MaxLength),
        });
        // Sixty members (the roster's maximum) with long, accented names.
        var roster = ApprovalTestData.Members(60).Select(m => m with { Name = "Mtra. " + m.Name + " Rodríguez de la Peña y Hernández" }).ToList();
        var votes = roster.Select(m => new Vote(m.Key, m.Name, VoteChoice.Approve,
            new string('é', ApprovalVerbs.MaxCommentLength), ApprovalTestData.Now, null)).ToList();
        var request = ApprovalTestData.Request("SOL-WORSTCASE0") with { KindId = kind.Id, Fields = fields, Title = kind.TitleFor(fields) };
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

        foreach (var view in new[] { CardView.Base, CardView.For(roster[0], VoteMessages.Stale) })
        {
            var card = RequestCard.Render(new ApprovalSnapshot(request, votes), roster, zone, view);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(card, BotJson.Options).Length;
            Assert.True(bytes < 40 * 1024, $"{kindId}: {bytes} bytes");
        }

        var form = FormCards.Form(kind, Guid.NewGuid().ToString("N"), fields.ToDictionary(p => p.Key, p => (string?)p.Value),
            [.. kind.Fields.Select(f => new FieldError(f.Id, new string('e', 200)))]);
        Assert.True(JsonSerializer.SerializeToUtf8Bytes(form, BotJson.Options).Length < 40 * 1024);
    }
}
