using ProgramaBot.Conversation;

namespace ProgramaBot.Tests.Conversation;

/// <summary>The subject a question names: read from the matched text, the same as the patterns' groups said.</summary>
public sealed class SubjectsTests
{
    private static readonly DateTimeOffset At = new(2021, 6, 1, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("¿Cuándo es la sesión ordinaria III?", SubjectKinds.OrdinarySession, "3", null)]
    [InlineData("¿cuándo es la sesión extraordinaria número 2 de 2022?", SubjectKinds.ExtraordinarySession, "2", 2022)]
    [InlineData("la sesion ordinaria tercera", SubjectKinds.OrdinarySession, "3", null)]
    [InlineData("sesión ordinaria 4a del 2021", SubjectKinds.OrdinarySession, "4", 2021)]
    [InlineData("¿qué dice el objetivo 2.6?", SubjectKinds.Objective, "2.6", null)]
    [InlineData("objetivo general número 1", SubjectKinds.Objective, "1", null)]
    [InlineData("líneas de acción 3.5.2 en 2021", SubjectKinds.ActionLine, "3.5.2", 2021)]
    [InlineData("la línea de acción número 1.2", SubjectKinds.ActionLine, "1.2", null)]
    public void AQuestionNamesItsSubject(string question, string kind, string number, int? year)
        => Assert.Equal(new ConversationSubject(kind, number, year, At), Subjects.Of(question, At));

    [Fact]
    public void ASessionWithoutAnOrdinalLeavesTheObjectiveItNames()
        => Assert.Equal(new ConversationSubject(SubjectKinds.Objective, "2.6", null, At), Subjects.Of("la sesión ordinaria pasada y el objetivo 2.6", At));

    [Theory]
    [InlineData("¿cuándo es la sesión?")]
    [InlineData("sesión ordinaria pasada")]
    [InlineData("¿y la cuarta?")]
    [InlineData("")]
    public void AQuestionThatNamesNothingHasNoSubject(string question) => Assert.Null(Subjects.Of(question, At));

    [Theory]
    [InlineData("programa 2021", 2021)]
    [InlineData("del 2026 al 2027", 2026)]
    [InlineData("el 120345", null)]
    [InlineData("sin año", null)]
    public void TheYearIsTheFirstOneNamed(string normalized, int? year) => Assert.Equal(year, Subjects.YearOf(normalized));
}
