namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>
/// A member's study plans and exams in a report's period: required courses done of those assigned (必修完成) and exams
/// passed of those taken (考试). <see cref="None"/> when the member has neither.
/// </summary>
public sealed record MemberStudyStatus(int RequiredDone, int RequiredTotal, int ExamsPassed, int ExamsTaken)
{
    public static MemberStudyStatus None { get; } = new(0, 0, 0, 0);
}
