namespace OrgWork.Bot.Core.Content;

/// <summary>An answer option; answers are checked by <see cref="Id"/>, never by position.</summary>
public sealed record QuestionOption(string Id, string Text, bool IsCorrect);
