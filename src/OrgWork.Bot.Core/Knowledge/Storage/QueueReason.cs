namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>Why a question is in the staff queue.</summary>
public enum QueueReason
{
    /// <summary>The answer was 「文件中未找到相关规定」.</summary>
    Unanswered = 0,

    /// <summary>The member pressed 👎 under the answer.</summary>
    Disliked = 1,
}
