namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>Why a question gets no model call.</summary>
public enum ModelRefusal
{
    None,

    /// <summary>Every slot is taken and the queue is full.</summary>
    Busy,

    /// <summary>The member used up this minute's model calls.</summary>
    MemberBudget,
}
