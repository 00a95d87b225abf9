namespace OrgWork.Bot.Core.Storage;

/// <summary>What earned a <see cref="StudyCredit"/>: a finished lesson today; class sessions and site visits later.</summary>
public enum StudyCreditSource
{
    Lesson = 0,
    ClassSession = 1,
    SiteVisit = 2,
}
