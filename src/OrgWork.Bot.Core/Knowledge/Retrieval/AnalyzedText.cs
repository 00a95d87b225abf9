namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// The terms of one text: its words, its character bigrams (two adjacent ideographs as one key) and its phrases
/// (runs of words not broken by punctuation or stop words).
/// </summary>
internal sealed record AnalyzedText(IReadOnlyList<string> Words, IReadOnlyList<int> Bigrams, IReadOnlyList<string> Phrases);
