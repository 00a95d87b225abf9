namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>The terms of one text: its words and its character bigrams (two adjacent ideographs as one key).</summary>
internal sealed record AnalyzedText(IReadOnlyList<string> Words, IReadOnlyList<int> Bigrams);
