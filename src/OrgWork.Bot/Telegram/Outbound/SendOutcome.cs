namespace OrgWork.Bot.Telegram.Outbound;

public enum SendOutcome
{
    /// <summary>Everything was shown (an edit that changed nothing counts).</summary>
    Delivered,

    /// <summary>The person blocked the bot; they were marked inactive and the rest was dropped.</summary>
    Blocked,

    /// <summary>The chat cannot be written to or rejected the message for good; the rest was dropped.</summary>
    Rejected,

    /// <summary>Retries ran out (Telegram or the network is down); what is left should be tried later.</summary>
    Failed,
}
