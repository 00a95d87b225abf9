namespace OrgWork.Bot.Core.Storage;

public enum UploadKind
{
    /// <summary>One lesson file.</summary>
    Lesson = 0,

    /// <summary>A zip of a course folder.</summary>
    Course = 1,

    /// <summary>A course's <c>course.md</c> on its own.</summary>
    CourseFile = 2,

    /// <summary>A question bank, written in Markdown or imported from GIFT, Aiken or CSV.</summary>
    Bank = 3,

    /// <summary>A roster (党员名册) sent by an admin, kept until 导入 or 取消; never published to content.</summary>
    Roster = 4,
}
