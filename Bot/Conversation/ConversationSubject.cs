namespace ProgramaBot.Conversation;

/// <summary>What the last answered question in a conversation was about: «sesion ordinaria» 3, «objetivo» 2.6, a programme year.</summary>
/// <param name="Kind">One of <see cref="SubjectKinds"/>.</param>
/// <param name="Number">"3" for a session, "2.6" for an objective, "3.5.2" for an action line.</param>
/// <param name="Year">The programme year the question named, if it named one.</param>
/// <param name="At">When it was said: the memory is short (<see cref="ConversationMemory.Lifetime"/>).</param>
public sealed record ConversationSubject(string Kind, string Number, int? Year, DateTimeOffset At);

public static class SubjectKinds
{
    public const string OrdinarySession = "sesion ordinaria";
    public const string ExtraordinarySession = "sesion extraordinaria";
    public const string Objective = "objetivo";
    public const string ActionLine = "linea de accion";

    public static bool IsSession(string kind) => kind is OrdinarySession or ExtraordinarySession;
}
