namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts about what a member may send, on every channel: length and pace.</summary>
public static partial class UiText
{
    public const string InputTooLong = "消息太长了：每条消息最多 {0} 个字符，这条没有处理。请分成几条较短的消息再发送。";

    public const string TooFast = "您的操作太频繁了，请稍等几秒再继续。";
}
