namespace ProgramaBot.Reminders.Subscriptions;

/// <summary>A conversation that asked for reminders ("suscribir recordatorios").</summary>
public sealed record Subscription(string ConversationId, string? SubscribedBy, DateTimeOffset SubscribedAt);
