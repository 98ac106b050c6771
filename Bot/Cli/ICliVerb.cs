namespace ProgramaBot.Cli;

/// <summary>
/// A command-line verb (<c>dotnet run --project Bot -- VERB …</c>) run instead of the web host.
/// Standard output belongs to the verb; logs go to standard error.
/// </summary>
public interface ICliVerb
{
    string Name { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
