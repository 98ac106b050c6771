using System.Globalization;
using System.Text;

namespace ProgramaBot.Reminders.Chat;

/// <summary>Lower case without accents, so "Sesión" and "sesion" match; ñ stays ñ (año is not ano).</summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == 'ñ')
            {
                builder.Append(c);
                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(d);
                }
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
    }
}
