using OrgWork.Bot.Core.Classes;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// Telegram's deep links (<c>https://t.me/BOT?start=PAYLOAD</c>), once <c>getMe</c> has told the bot's name; before that
/// (or if it never answers) none, and only the web address is shown.
/// </summary>
public sealed class TelegramDeepLinks(BotIdentity identity) : IChatDeepLinks
{
    public string? Start(string payload) => identity.Username is { Length: > 0 } name ? For(name, payload) : null;

    public static string For(string username, string payload) => $"https://t.me/{username}?start={payload}";
}
