using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Spanish;

namespace ProgramaBot.Tests.Spanish;

public sealed class SpanishTextTests
{
    [Theory]
    [InlineData("¿Cuándo es la Sesión Ordinaria III?", "cuando es la sesion ordinaria iii")]
    [InlineData("¡Año de la DESPEN!", "año de la despen")]
    [InlineData("Línea de acción 3.5.2.", "linea de accion 3.5.2")]
    [InlineData("objetivo 2,2", "objetivo 2.2")]
    [InlineData("periodo 2020-2021 y 2020/2", "periodo 2020-2021 y 2020/2")]
    [InlineData("<at>ProgramaBot</at> próxima   sesión", "proxima sesion")]
    [InlineData("PINGÜINO «ÉXITO»", "pinguino exito")]
    public void NormalizeFoldsCaseAccentsAndPunctuation(string input, string expected)
        => Assert.Equal(expected, SpanishText.Normalize(input));

    [Fact]
    public void DecomposedAccentsFoldAndKeepEñe()
        => Assert.Equal("sesion año", SpanishText.Fold("sesio\u0301n an\u0303o"));

    [Theory]
    [InlineData("iii", true, 3)]
    [InlineData("iii", false, null)]
    [InlineData("tercera", false, 3)]
    [InlineData("3a", false, 3)]
    [InlineData("3ra", false, 3)]
    [InlineData("4ta", false, 4)]
    [InlineData("2020", false, null)]
    public void OrdinalsAreReadInTheirUsualForms(string word, bool allowRoman, int? expected)
        => Assert.Equal(expected, Ordinals.Parse(word, allowRoman));

    [Theory]
    [InlineData("septiembre", 9)]
    [InlineData("setiembre", 9)]
    [InlineData("dic", 12)]
    [InlineData("mayo", 5)]
    public void MonthsAreRecognised(string word, int month) => Assert.Equal(month, Months.Parse(word));

    [Theory]
    [InlineData("secion", "sesion")]
    [InlineData("objetibo", "objetivo")]
    [InlineData("art", "articulo")]
    public void CommonMisspellingsAreFixed(string typed, string fixedWord) => Assert.Equal(fixedWord, Misspellings.Fix(typed));

    [Fact]
    public void EditDistanceCountsSwapsAsOne()
    {
        Assert.Equal(1, EditDistance.Bounded("sesoin", "sesion", 2));
        Assert.Equal(3, EditDistance.Bounded("chiste", "sesion", 2));
    }

    [Theory]
    [InlineData("Nueva solicitúd", "nueva solicitud")]
    [InlineData("  ¿Próximos   Recordatorios? ", "proximos recordatorios")]
    [InlineData("¡Suscribir recordatorios!", "suscribir recordatorios")]
    [InlineData("nueva solicitu\u0301d", "nueva solicitud")]
    public void ACommandIsFoldedWithAnExplicitTableNotUnicodeNormalisation(string typed, string folded)
        => Assert.Equal(folded, SpanishText.FoldPhrase(typed));

    /// <summary>FoldPhrase is one pass now; it must say what the join of the folded words it replaced said, to the space.</summary>
    [Theory]
    [InlineData("hola ?")]
    [InlineData("¿¡ok?!.")]
    [InlineData("\t Programar\u00A0sesión  ordinaria III\n")]
    [InlineData("3.5.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("¿")]
    [InlineData("mis pendientes ?  ")]
    [InlineData("ya está")]
    public void APhraseFoldsAsTheJoinOfItsFoldedWords(string typed)
    {
        var words = SpanishText.Fold(typed).Replace('¿', ' ').Replace('¡', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(' ', words).TrimEnd('.', '!', '?'), SpanishText.FoldPhrase(typed));
    }

    [Fact]
    public void AStringFoldedAgainOnTheSameThreadGivesTheSameResult()
    {
        var typed = "¿Próximos Recordatorios?";
        Assert.Same(SpanishText.FoldPhrase(typed), SpanishText.FoldPhrase(typed));
        Assert.Equal("mis pendientes", SpanishText.FoldPhrase("Mis  pendientes"));
        Assert.Equal("proximos recordatorios", SpanishText.FoldPhrase(typed));
        Assert.Equal("proximos recordatorios", SpanishText.Normalize(typed));
        Assert.Equal("sesion iii", SpanishText.Normalize("Sesión III"));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a y b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b y c")]
    public void ListsAreJoinedTheSpanishWay(string[] items, string joined) => Assert.Equal(joined, SpanishLists.Join(items));

    [Fact]
    public void DatesAreWrittenOutInSpanishInTheCommissionZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
        var instant = new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal("28 de septiembre de 2021, 10:00 h", SpanishCalendar.Moment(instant, zone));
        Assert.Equal("martes 28 de septiembre de 2021, 10:00 h", SpanishCalendar.DateTime(TimeZoneInfo.ConvertTime(instant, zone)));
        Assert.Equal("28 de septiembre de 2021", SpanishCalendar.Date(new DateOnly(2021, 9, 28)));
        Assert.Equal("septiembre de 2021", SpanishCalendar.MonthYear(9, 2021));
        Assert.Equal("hora del centro de México", SpanishTimeZones.Name(zone));
        Assert.Equal("hora local de la Comisión", SpanishTimeZones.Name(TimeZoneInfo.Utc));
    }
}
