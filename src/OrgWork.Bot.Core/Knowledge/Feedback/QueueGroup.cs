using OrgWork.Bot.Core.Knowledge.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// The open askings of one question in the staff queue, as <c>/queue</c> lists them: <see cref="Number"/> is what
/// <c>/answer N</c> refers to (the first asking's id, so it stays the same while the queue changes).
/// </summary>
public sealed record QueueGroup(
    long Number, string Question, int Count, IReadOnlyList<QueueReason> Reasons, IReadOnlyList<string> Branches, string AnswerGiven, DateTime LastAskedAt);
