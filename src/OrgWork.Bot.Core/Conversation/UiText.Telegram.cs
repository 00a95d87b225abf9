namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the Telegram channel.</summary>
public static partial class UiText
{
    public const string TelegramTooFast = "您的操作太频繁了，请稍等几秒再继续。";
}
