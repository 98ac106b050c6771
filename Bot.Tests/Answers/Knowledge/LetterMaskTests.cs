using ProgramaBot.Answers.Knowledge;

namespace ProgramaBot.Tests.Answers.Knowledge;

public sealed class LetterMaskTests
{
    private static readonly string[] Words =
    [
        "sesion", "sesoin", "seison", "sesiones", "ordinaria", "ordinria", "ordniaria", "objetivo", "obejtivo", "comision",
        "comsion", "evaluacion", "evaluacoin", "desempeño", "desempeno", "incentivos", "insentivos", "consejeros", "conejeros",
        "aaaa", "aaab", "abab", "baba", "ñandu", "nandu", "año", "ano", "x1y2", "xy12", "quejas", "quejsa", "cuentame", "chiste",
    ];

    [Fact]
    public void TheLetterBoundNeverExceedsTheEditDistance()
    {
        foreach (var a in Words)
        {
            foreach (var b in Words)
            {
                var distance = EditDistance.Bounded(a, b, 20);
                Assert.True(LetterMask.DistanceAtLeast(LetterMask.Of(a), LetterMask.Of(b)) <= distance, $"{a} → {b}: {distance}");
            }
        }
    }

    [Fact]
    public void WordsThatDifferInManyLettersAreRuledOut()
        => Assert.True(LetterMask.DistanceAtLeast(LetterMask.Of("cuentame"), LetterMask.Of("sesiones")) > 2);

    [Fact]
    public void ASwapOrAnAccentlessSpellingIsNotRuledOut()
    {
        Assert.Equal(0, LetterMask.DistanceAtLeast(LetterMask.Of("sesoin"), LetterMask.Of("sesion")));
        Assert.Equal(1, LetterMask.DistanceAtLeast(LetterMask.Of("desempeno"), LetterMask.Of("desempeño")));
    }
}
