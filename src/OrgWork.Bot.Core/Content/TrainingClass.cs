using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>How members come to be in a class: they enrol themselves (报名), or they are assigned.</summary>
public enum EnrolMode
{
    /// <summary><c>enrol: open</c>: members of the audience enrol themselves; past capacity they join a waiting list.</summary>
    Open,

    /// <summary><c>enrol: assigned</c>: the members of the audience (when written) and those an admin adds take part.</summary>
    Assigned,
}

/// <summary>
/// A training class (培训班, <c>classes/&lt;slug&gt;.md</c>): a few sessions at sites and in classrooms, attended by check-in,
/// optionally closed by an exam, completed with a certificate.
/// </summary>
public sealed record TrainingClass
{
    public const int DefaultCertificateAttendance = 80;

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Place { get; init; } = "";

    public required int Capacity { get; init; }

    public required EnrolMode Enrolment { get; init; }

    public required Audience Audience { get; init; }

    /// <summary>Whether the file names an audience: an assigned class without one takes only the members an admin adds.</summary>
    public bool AudienceGiven { get; init; }

    /// <summary>In the order of their start.</summary>
    public required IReadOnlyList<ClassSession> Sessions { get; init; }

    /// <summary>The exam (slug) that must be passed to complete the class; null when none.</summary>
    public string? ExamSlug { get; init; }

    /// <summary>The share of sessions (percent) a member must attend to complete the class.</summary>
    public int CertificateAttendance { get; init; } = DefaultCertificateAttendance;

    public required RichText Description { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>The line of the <c>exam</c> key, where an exam that does not exist is reported.</summary>
    public int ExamLine { get; init; } = 1;

    public DateTime Starts => Sessions[0].Starts;

    public DateTime Ends => Sessions.Max(s => s.Ends);

    public int TotalMinutes => Sessions.Sum(s => s.Minutes);

    public ClassSession? FindSession(int number) => Sessions.FirstOrDefault(s => s.Number == number);
}

/// <summary>One session (一讲) of a class: numbered from 1 in the order of their start.</summary>
public sealed record ClassSession(int Number, string Title, DateTime Starts, int Minutes, string Place, int Line)
{
    public DateTime Ends => Starts.AddMinutes(Minutes);

    /// <summary>The 学时 ledger's reference for attending it: <c>class-slug#N</c>.</summary>
    public static string CreditReference(string classSlug, int number) => $"{classSlug}#{number}";
}
