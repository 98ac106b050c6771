namespace ProgramaBot.Spanish;

/// <summary>Lists as Spanish writes them: «a, b y c».</summary>
public static class SpanishLists
{
    /// <summary>"", "a", "a y b", "a, b y c".</summary>
    public static string Join(IEnumerable<string> items)
    {
        var list = items as IReadOnlyList<string> ?? [.. items];
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " y " + list[^1],
        };
    }
}
