using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Reminders.Admin;

/// <summary>/api/reminders reads its path and body into the same commands as the chat; what cannot be run is a 400 that says why.</summary>
public sealed class AdminEndpointsTests
{
    private const string Key = "clave-secreta-de-prueba";
    private static readonly DateTimeOffset Now = new(2021, 9, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnUnknownSessionKindIsABadRequestThatSaysWhatItExpects()
    {
        await using var bot = await StartAsync();

        using var response = await SendAsync(bot, HttpMethod.Put, "/api/reminders/sessions/solemne/III", new { when = "28/09/2021 10:00" });

        var problem = await ProblemAsync(response);
        Assert.Contains("ordinaria|extraordinaria", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateItCannotReadIsABadRequestWithTheChatsSpanishReasonAndNothingIsSet()
    {
        await using var bot = await StartAsync();

        using var response = await SendAsync(bot, HttpMethod.Put, "/api/reminders/sessions/ordinaria/III", new { when = "mañana temprano" });

        var problem = await ProblemAsync(response);
        Assert.StartsWith("No entendí la fecha", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        using var schedule = await SendAsync(bot, HttpMethod.Get, "/api/reminders/schedule", body: null);
        var entry = (await schedule.Content.ReadFromJsonAsync<JsonArray>())!.Single(e => e!["key"]!.GetValue<string>() == "ordinaria-3")!;
        Assert.Null(entry["at"]);
    }

    [Fact]
    public async Task ADeadlineIsSetAndCancelledByItsItemNumber()
    {
        await using var bot = await StartAsync();

        using var set = await SendAsync(bot, HttpMethod.Put, "/api/reminders/deadlines/3.2.1", new { when = "15/10/2021" });
        using var cancel = await SendAsync(bot, HttpMethod.Delete, "/api/reminders/deadlines/3.2.1", body: null);
        using var again = await SendAsync(bot, HttpMethod.Delete, "/api/reminders/deadlines/3.2.1", body: null);
        using var notAnItem = await SendAsync(bot, HttpMethod.Delete, "/api/reminders/deadlines/tres", body: null);

        Assert.Contains("**Plazo de la línea de acción 3.2.1**", (await set.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("✅ Cancelé", (await cancel.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // nothing left to cancel is not an error: it says so
        Assert.Contains("no tiene una fecha programada", (await again.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await ProblemAsync(notAnItem);
    }

    private static Task<ReminderBot> StartAsync() => ReminderBot.StartAsync(Now, new Dictionary<string, string?> { ["Reminders:AdminApiKey"] = Key });

    private static async Task<HttpResponseMessage> SendAsync(ReminderBot bot, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", Key);
        return await bot.Client.SendAsync(request);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
