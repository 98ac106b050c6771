namespace ProgramaBot.Conversation;

public static class ConversationSetup
{
    /// <summary>The short per-conversation memory that lets follow-ups («¿y la cuarta?») resolve; its store comes with Storage.</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationMemory>();
        return builder;
    }
}
