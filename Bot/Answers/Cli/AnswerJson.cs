using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Cli;

/// <summary>The <c>ask</c> verb's line format: {"question", "answered", "answer", "sources", "score"}, accents unescaped.</summary>
public static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Line(Answer answer)
        => JsonSerializer.Serialize(new AskLine(answer.Question, answer.Answered, answer.Text, answer.Sources, answer.Score), Options);

    private sealed record AskLine(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("answered")] bool Answered,
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources,
        [property: JsonPropertyName("score")] double Score);
}
