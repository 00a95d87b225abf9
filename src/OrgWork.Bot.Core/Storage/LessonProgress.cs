namespace OrgWork.Bot.Core.Storage;

/// <summary>How far one learner got in one lesson; finished when the last page was reached.</summary>
public sealed class LessonProgress
{
    public long LearnerId { get; set; }

    /// <summary><c>course-slug/lesson-slug</c>, stable across content edits.</summary>
    public string LessonKey { get; set; } = "";

    public DateTime OpenedAt { get; set; }

    public int LastPage { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The lesson's study minutes when it was finished (content edits later do not change them).</summary>
    public int MinutesCredited { get; set; }
}
