namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One sitting of an exam by one member: the exam side of a <see cref="QuizAttempt"/> of kind
/// <see cref="QuizKind.Exam"/> (same id), which holds the paper, the position and the answers. The deadline is fixed
/// when the sitting starts, by the server's clock; (member, exam, number) is unique, so a double tap on 开始考试 starts
/// one sitting.
/// </summary>
public sealed class ExamSitting
{
    /// <summary>The id of the sitting's <see cref="QuizAttempt"/>.</summary>
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public string ExamSlug { get; set; } = "";

    /// <summary>The exam's title when the sitting started, so results still name an exam removed from the content.</summary>
    public string ExamTitle { get; set; } = "";

    /// <summary>The pass mark in force when the sitting started.</summary>
    public int PassPercent { get; set; }

    /// <summary>1 for the first sitting of this exam by this member, 2 for the second…</summary>
    public int Number { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>No answer is accepted at or after this instant: the start plus the time limit, or the exam's close if sooner.</summary>
    public DateTime DeadlineAt { get; set; }

    /// <summary>When the sitting ended: handed in, or the deadline for a sitting that ran out of time.</summary>
    public DateTime? EndedAt { get; set; }

    public ExamEnding? Ending { get; set; }

    public int QuestionCount { get; set; }

    public int CorrectCount { get; set; }

    /// <summary>The score in whole percent (得分), set when the sitting ends.</summary>
    public int? Score { get; set; }

    public bool? Passed { get; set; }

    /// <summary>Bumped by every answer and by the ending: two devices of one member racing on the same sitting conflict
    /// instead of one overwriting the other.</summary>
    public int Revision { get; set; }
}

public enum ExamEnding
{
    /// <summary>The member pressed 交卷 (or answered the last question).</summary>
    HandedIn = 0,

    /// <summary>The time ran out; the paper was collected at the deadline.</summary>
    TimedOut = 1,
}
