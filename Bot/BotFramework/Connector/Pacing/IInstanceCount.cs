namespace ProgramaBot.BotFramework.Connector.Pacing;

/// <summary>
/// How many bot instances are sending to Teams now. Teams' global limit is per bot, not per process, so each instance
/// paces itself to its share of it. Must be cheap: the pacer reads it before every request.
/// </summary>
public interface IInstanceCount
{
    int Current { get; }
}

/// <summary>The default when nothing shared says otherwise: this process is the only sender.</summary>
internal sealed class SingleInstance : IInstanceCount
{
    public int Current => 1;
}
