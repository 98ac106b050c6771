using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramaBot.Answers.Reading;

/// <summary>The section numbers a question names ("3.5.2", "apartado V", «el quinto apartado»).</summary>
public static partial class QuestionReader
{
    /// <summary>
    /// "3.5.2" as typed, and the bare number after "apartado", "sección" or "punto": Arabic or Roman ("apartado V"),
    /// read from the words as typed so spelling correction cannot turn a numeral into a word.
    /// </summary>
    private static IReadOnlyList<string> SectionNumbers(IReadOnlyList<string> words, IReadOnlyList<string> typed)
    {
        // Made only when there is one: most questions have none.
        List<string>? numbers = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (SectionNumber().IsMatch(words[i]))
            {
                (numbers ??= []).Add(words[i]);
            }
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "apartado" or "seccion" or "punto" && (AllDigits(typed[i]) || Ordinals.IsRoman(typed[i])))
            {
                (numbers ??= []).Add(typed[i]);
            }

            // «el quinto apartado», «apartado tercero»: the value, which Apartados.Find matches to "5" or "V".
            var ordinalWord = words[i] == "apartado" ? words[i - 1] : words[i - 1] == "apartado" ? words[i] : null;
            if (ordinalWord is not null && !char.IsDigit(ordinalWord[0]) && Ordinals.Parse(ordinalWord, allowRoman: false) is { } n)
            {
                (numbers ??= []).Add(n.ToString(CultureInfo.InvariantCulture));
            }
        }

        return numbers is null ? NoNumbers : numbers;
    }

    private static readonly string[] NoNumbers = [];

    /// <summary><c>word.All(char.IsDigit)</c> without an enumerator.</summary>
    private static bool AllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\d+(\.\d+)+$")]
    private static partial Regex SectionNumber();
}
