namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// A link that opens the bot with <c>/start PAYLOAD</c> (Telegram's <c>https://t.me/BOT?start=PAYLOAD</c>); null when no
/// chat channel with deep links is running (then only the web address is shown).
/// </summary>
public interface IChatDeepLinks
{
    string? Start(string payload);
}

/// <summary>No chat channel with deep links (Telegram is off).</summary>
public sealed class NoChatDeepLinks : IChatDeepLinks
{
    public string? Start(string payload) => null;
}
