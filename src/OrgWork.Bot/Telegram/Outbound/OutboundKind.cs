namespace OrgWork.Bot.Telegram.Outbound;

public enum OutboundKind
{
    /// <summary><c>sendMessage</c>.</summary>
    Text,

    /// <summary><c>editMessageText</c> of the message whose button was pressed.</summary>
    Edit,

    /// <summary><c>sendPhoto</c>, with the text as caption when it fits.</summary>
    Photo,
}
