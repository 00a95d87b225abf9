namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>A question read from a GIFT, Aiken or CSV file, before it is written as Markdown.</summary>
public sealed record ImportedQuestion(string Text, IReadOnlyList<ImportedOption> Options, string? Explanation, int Line);
