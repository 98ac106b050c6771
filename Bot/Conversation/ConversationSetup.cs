namespace ProgramaBot.Conversation;

public static class ConversationSetup
{
    /// <summary>The short per-conversation memory that lets follow-ups («¿y la cuarta?») resolve; its store comes with Storage.</summary>
    public static IServiceCollection AddConversationMemory(this IServiceCollection services)
        => services.AddSingleton<ConversationMemory>();
}
