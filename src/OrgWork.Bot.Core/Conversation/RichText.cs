namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Formatted text in the two forms channels need: Telegram's HTML subset (also valid in a web page)
/// and plain text for the terminal.
/// </summary>
public sealed record RichText(string Html, string Plain);
