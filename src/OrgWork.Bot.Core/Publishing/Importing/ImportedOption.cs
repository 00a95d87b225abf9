namespace OrgWork.Bot.Core.Publishing.Importing;

public sealed record ImportedOption(string Text, bool IsCorrect);
