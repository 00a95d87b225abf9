namespace OrgWork.Bot.Core.Conversation.Flood;

public enum FloodVerdict
{
    /// <summary>Within the limit: process the input.</summary>
    Allowed,

    /// <summary>Over the limit for the first time in this flood: drop the input and tell the user once.</summary>
    ThrottledWithNotice,

    /// <summary>Still over the limit: drop the input silently.</summary>
    Throttled,
}
