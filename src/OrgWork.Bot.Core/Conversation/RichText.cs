namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Formatted text in the forms channels need: Telegram's HTML subset (also valid in a web page) and plain
/// text for the terminal. Where the web chat can show more than a chat message (a real table), <see cref="Web"/>
/// holds its HTML: the Telegram subset plus <c>table thead tbody tr th td</c>.
/// </summary>
public sealed record RichText(string Html, string Plain)
{
    /// <summary>The web chat's HTML when it differs from <see cref="Html"/>; null when it is the same.</summary>
    public string? Web { get; init; }

    /// <summary>What the web chat shows.</summary>
    public string WebHtml => Web ?? Html;
}
