using System.Globalization;
using System.Text.Json.Nodes;
using ProgramaBot.Cards;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Chat;

/// <summary>
/// The Secretaría Técnica's card for a session's date: the session, a date picker and a time picker (Input.Date,
/// Input.Time), so nobody has to type a date the parser understands. The text command stays.
/// </summary>
public static class ScheduleCard
{
    public const string Verb = "reminders.schedule";
    public const string SessionInput = "session";
    public const string DateInput = "date";
    public const string TimeInput = "time";

    public static JsonObject Build(IEnumerable<ScheduleEntry> sessions)
    {
        var choices = sessions.Where(e => e.IsSession).Select(e => (SpanishText.FoldPhrase(e.Title), e.Title)).ToList();
        var body = new List<JsonNode>
        {
            CardJson.Text("Programar la fecha de una sesión", TextStyle.Title),
            CardInputs.Choices(SessionInput, "Sesión", choices, choices.FirstOrDefault().Item1, required: true, "Elija la sesión."),
            new JsonObject { ["type"] = "Input.Date", ["id"] = DateInput, ["label"] = "Fecha", ["isRequired"] = true, ["errorMessage"] = "Elija la fecha." },
            new JsonObject { ["type"] = "Input.Time", ["id"] = TimeInput, ["label"] = "Hora (del centro de México)", ["isRequired"] = true, ["errorMessage"] = "Elija la hora." },
        };
        return CardJson.Card(new CardSummary(
                "Para programar una sesión escriba, por ejemplo, «programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00».",
                "Programar la fecha de una sesión: elija la sesión, la fecha y la hora."),
            body, [CardJson.Execute("Programar", Verb, [])]);
    }

    /// <summary>The card's inputs as the command they stand for; null when an input is missing or malformed.</summary>
    public static ScheduleCommand? AsCommand(JsonObject data)
    {
        var session = data[SessionInput]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data[SessionInput]!.GetValue<string>() : null;
        var date = data[DateInput]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data[DateInput]!.GetValue<string>() : null;
        var time = data[TimeInput]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data[TimeInput]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(session) || session.Length > 80
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var hour)
            || ScheduleCommandParser.ParseSession(session) is not { } picked)
        {
            return null;
        }

        return new ScheduleSession(picked.Kind, picked.Number, string.Create(CultureInfo.InvariantCulture, $"{day:dd/MM/yyyy} {hour:HH:mm}"));
    }
}
