namespace ProgramaBot.BotFramework.Activities;

/// <summary>The body of the answer to an <c>expectReplies</c> activity: written straight from the typed replies.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
