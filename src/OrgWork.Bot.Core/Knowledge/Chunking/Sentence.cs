namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>One sentence (or the piece of an over-long one); <see cref="EndsLine"/> when a line break followed it.</summary>
public sealed record Sentence(string Text, bool EndsLine);
