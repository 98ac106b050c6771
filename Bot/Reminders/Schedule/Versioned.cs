namespace ProgramaBot.Reminders.Schedule;

/// <summary>A stored value and its concurrency token (SQLite version counter, Azure ETag).</summary>
public sealed record Versioned<T>(T Value, string Version);
