using System.Text.Json.Nodes;
using ProgramaBot.Programme;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme;

public sealed class ProgrammeLoaderTests
{
    private static readonly string BuiltIn = Repo.PathOf("Bot", "Programme", "Data", "programa-2021.json");

    [Fact]
    public void The2021ProgrammeLoadsCompletely()
    {
        var programme = ProgrammeLoader.LoadFile(BuiltIn);

        Assert.Equal(2021, programme.Year);
        Assert.Equal(9, programme.Objectives.Count);
        Assert.Equal(19, programme.ActionLines.Count);
        Assert.Equal([3, 6, 9, 12], programme.Sessions.Ordinary.Select(s => s.Month));
        Assert.Contains("enunciativo, más no limitativo", programme.Sessions.DatesNote);
        Assert.Contains("2020", programme.Sessions.HeadingNote);
        Assert.Equal(3, programme.Commission.Composition.MemberCount);
        Assert.Contains(programme.Acronyms, a => a.Letters == "DESPEN");
        Assert.Contains(programme.LegalBases, b => b.Article == "86");
    }

    [Fact]
    public void OptionalPartsDefaultToEmptyAndAcronymsToStated()
    {
        var json = Mutate(o =>
        {
            o.Remove("periods");
            o.Remove("annexes");
            o["acronyms"]![0]!.AsObject().Remove("commonUseOnly");
        });
        var programme = ProgrammeLoader.Parse(json, "minimo.json");
        Assert.Empty(programme.Periods);
        Assert.Empty(programme.Annexes);
        Assert.False(programme.Acronyms[0].CommonUseOnly);
        Assert.True(ProgrammeLoader.LoadFile(BuiltIn).Acronyms.Single(a => a.Letters == "LGIPE").CommonUseOnly);
    }

    [Fact]
    public void MalformedJsonNamesFileAndPosition()
    {
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse("{ \"year\": 2021, ", "roto.json"));
        Assert.Contains("roto.json", error.Message);
        Assert.Contains("line", error.Message);
    }

    [Fact]
    public void MissingRequiredPropertyIsNamed()
    {
        var json = Mutate(o => o.Remove("objectives"));
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "sin-objetivos.json"));
        Assert.Contains("sin-objetivos.json", error.Message);
        Assert.Contains("objectives", error.Message);
    }

    [Fact]
    public void MisspeltPropertyIsRefused()
    {
        var json = Mutate(o => o["objectives"]![0]!["txet"] = "x");
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "errata.json"));
        Assert.Contains("txet", error.Message);
    }

    [Fact]
    public void ActionLineWithUnknownParentNamesTheItemAndTheProblem()
    {
        var json = Mutate(o => o["actionLines"]![0]!["specificObjective"] = "3.42");
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "padre.json"));
        Assert.Contains("padre.json", error.Message);
        Assert.Contains("action line 3.1.1", error.Message);
        Assert.Contains("'3.42', which does not exist", error.Message);
    }

    [Theory]
    [InlineData("month", 13, "session ordinaria-1", "month 13 is not between 1 and 12")]
    [InlineData("ordinal", 2, "sessions.ordinary ordinals '2'", "appears more than once")]
    public void InconsistentSessionsAreRefused(string property, int value, string item, string problem)
    {
        var json = Mutate(o => o["sessions"]!["ordinary"]![0]![property] = value);
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "sesiones.json"));
        Assert.Contains(error.Problems, p => p.Item == item && p.Problem.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ExactDateOutsideItsMonthIsRefused()
    {
        var json = Mutate(o => o["sessions"]!["ordinary"]![0]!["startsAt"] = "2021-04-01T10:00:00-06:00");
        var error = Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "fecha.json"));
        Assert.Contains("session ordinaria-1: startsAt 2021-04-01 is not in month 3 of 2021", error.Message);
    }

    [Fact]
    public void SessionCountMustMatchTheList()
    {
        var json = Mutate(o => o["sessions"]!["ordinaryCount"] = 5);
        Assert.Contains("ordinaryCount says 5", Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "x.json")).Message);
    }

    [Fact]
    public void UnknownLegalReferenceIsRefused()
    {
        var json = Mutate(o => o["commission"]!["composition"]!["legalBasis"] = "ley-fantasma");
        Assert.Contains("commission.composition: refers to legal basis 'ley-fantasma'",
            Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.Parse(json, "x.json")).Message);
    }

    [Fact]
    public void MissingFileIsNamed()
        => Assert.Contains("no-existe.json", Assert.Throws<ProgrammeFileException>(() => ProgrammeLoader.LoadFile("/nada/no-existe.json")).Message);

    private static string Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(BuiltIn))!.AsObject();
        change(root);
        return root.ToJsonString();
    }
}
