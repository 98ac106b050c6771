using ProgramaBot.Reminders.Chat;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Spanish;

namespace ProgramaBot.Tests.Reminders.Chat;

public sealed class ScheduleCommandParserTests
{
    [Theory]
    [InlineData("programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", 2021, 9, 28, 10, 0)]
    [InlineData("Programar Sesión Ordinaria 3 28/09/2021 10:00", 2021, 9, 28, 10, 0)]
    [InlineData("mover la sesión ordinaria III al martes 28 de septiembre, 4:30 pm", 2021, 9, 28, 16, 30)]
    [InlineData("programar sesion ordinaria iii para el 2021-09-28 10:00 h", 2021, 9, 28, 10, 0)]
    [InlineData("programar sesión ordinaria III el 28 de setiembre del 2021 a las 9", 2021, 9, 28, 9, 0)]
    public void ReadsTheSessionAndWhen(string text, int y, int m, int d, int h, int min)
    {
        var command = ScheduleCommandParser.Parse(text)!;
        Assert.Equal(("ordinaria-3", false), (command.Key, command.IsCancel));
        var when = SpanishDateTime.Parse(((ScheduleSession)command).When, defaultYear: 2021);
        Assert.Null(when.Error);
        Assert.Equal(new DateOnly(y, m, d), when.Date);
        Assert.Equal(new TimeOnly(h, min), when.Time);
    }

    [Fact]
    public void CancelsAnExtraordinarySession()
    {
        var command = ScheduleCommandParser.Parse("cancelar sesión extraordinaria 1")!;
        Assert.True(command.IsCancel);
        Assert.Equal((ScheduleKind.ExtraordinarySession, "extraordinaria-1", "Sesión Extraordinaria 1"), (command.Kind, command.Key, command.Title));
    }

    [Fact]
    public void ReadsADeadlineWithoutATime()
    {
        var command = ScheduleCommandParser.Parse("programar plazo de la línea de acción 3.2.1 el 15/10/2021")!;
        Assert.Equal(("plazo-3.2.1", ScheduleKind.Deadline), (command.Key, command.Kind));
        var when = SpanishDateTime.Parse(((ScheduleDeadline)command).When, 2021);
        Assert.Equal((new DateOnly(2021, 10, 15), (TimeOnly?)null), (when.Date, when.Time));
    }

    [Theory]
    [InlineData("¿cuándo es la sesión ordinaria III?")]
    [InlineData("cancelar recordatorios")]
    [InlineData("suscribir recordatorios")]
    public void LeavesOtherMessagesToOtherHandlers(string text) => Assert.Null(ScheduleCommandParser.Parse(text));

    [Theory]
    [InlineData("el 31 de septiembre de 2021 a las 10:00")]
    [InlineData("el 28 de septiembre de 2021 a las 25:00")]
    [InlineData("mañana temprano")]
    public void ExplainsADateItCannotUse(string rest) => Assert.NotNull(SpanishDateTime.Parse(SpanishText.FoldPhrase(rest), 2021).Error);
}
