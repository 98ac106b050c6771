namespace ProgramaBot.Answers.Knowledge;

/// <summary>An item a search found: its position in the index, Lucene's score and how much of the question it explains.</summary>
public sealed record SearchHit(KnowledgeItem Item, int Index, float LuceneScore, double Coverage);
