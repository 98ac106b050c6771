using System.Text.RegularExpressions;

namespace ProgramaBot.Tests.Infra;

/// <summary>One line of the Bicep CLI's default diagnostics output: <c>file(line,col) : Level CODE: message</c>.</summary>
public sealed partial record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line}) {Level} {Code}: {Message}";

    /// <summary>Parses standard error; lines that are not diagnostics are returned as <paramref name="other"/>.</summary>
    public static IReadOnlyList<BicepDiagnostic> Parse(string output, out IReadOnlyList<string> other)
    {
        var diagnostics = new List<BicepDiagnostic>();
        var rest = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = DiagnosticLine().Match(line);
            if (match.Success)
            {
                diagnostics.Add(new BicepDiagnostic(
                    Path.GetFullPath(match.Groups["file"].Value),
                    int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups["level"].Value,
                    match.Groups["code"].Value,
                    match.Groups["message"].Value));
            }
            else
            {
                rest.Add(line);
            }
        }

        other = rest;
        return diagnostics;
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:]+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
