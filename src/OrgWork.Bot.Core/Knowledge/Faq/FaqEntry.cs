namespace OrgWork.Bot.Core.Knowledge.Faq;

/// <summary>
/// A curated answer (<c>content/faq/&lt;slug&gt;.md</c>): the phrasings it answers, the approved answer, and the documents
/// it rests on (a policy's file name or title, optionally followed by an article such as 第十七条).
/// </summary>
public sealed record FaqEntry(string Slug, string SourcePath, IReadOnlyList<string> Questions, string Answer, IReadOnlyList<string> Sources);
