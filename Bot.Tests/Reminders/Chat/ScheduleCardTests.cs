using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgramaBot.Reminders.Chat;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reminders.Chat;

/// <summary>A session's date set from a card with date and time pickers: the same rules and confirmation as the text command.</summary>
public sealed class ScheduleCardTests
{
    private static readonly DateTimeOffset Now = new(2021, 9, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheSecretaryPicksASessionADateAndATime()
    {
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("st", "Programar sesión", ReminderBot.SecretarioId, "personal");
        var calls = await bot.Connector.WaitForAsync(c => c.Any(call => call.Body?["attachments"] is not null));
        var card = calls.Last(c => c.Body?["attachments"] is not null).Body!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Input.Date", card, StringComparison.Ordinal);
        Assert.Contains("Input.Time", card, StringComparison.Ordinal);
        Assert.Contains("sesion ordinaria iii", card, StringComparison.Ordinal);

        var confirmation = await ClickAsync(bot, new JsonObject { ["session"] = "sesion ordinaria iii", ["date"] = "2021-09-28", ["time"] = "10:00" });

        Assert.Contains("programé la **Sesión Ordinaria III** para el martes 28 de septiembre de 2021, 10:00 h", confirmation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sesion ordinaria iii", "28/09/2021", "10:00")]
    [InlineData("sesion ordinaria iii", "2021-09-28", "25:00")]
    [InlineData("", "2021-09-28", "10:00")]
    [InlineData("sesion ordinaria 99", "2021-09-28", "10:00")]
    public async Task ABadPickIsRefusedAndNothingIsScheduled(string session, string date, string time)
    {
        await using var bot = await ReminderBot.StartAsync(Now);

        var reply = await ClickAsync(bot, new JsonObject { ["session"] = session, ["date"] = date, ["time"] = time });

        Assert.True(reply == ScheduleCardAction.Incomplete || reply.Contains("no está en el programa", StringComparison.Ordinal), reply);
    }

    [Fact]
    public async Task OnlyTheSecretaryMayUseTheCard()
    {
        await using var bot = await ReminderBot.StartAsync(Now);

        var reply = await ClickAsync(bot, new JsonObject { ["session"] = "sesion ordinaria iii", ["date"] = "2021-09-28", ["time"] = "10:00" }, "29:ana");

        Assert.StartsWith("Solo ", reply, StringComparison.Ordinal);
    }

    private static async Task<string> ClickAsync(ReminderBot bot, JsonObject data, string fromId = ReminderBot.SecretarioId)
    {
        var invoke = Activities.Invoke("adaptiveCard/action", Activities.CardAction(ScheduleCard.Verb, data), bot.Connector.ServiceUrl,
            conversationId: "st", fromId: fromId, fromAad: null);
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", invoke);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        return body["value"]!.GetValue<string>();
    }
}
