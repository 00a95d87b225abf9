using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Study-hour accounting and the users' calendar.</summary>
public sealed class LearningOptions
{
    public const string SectionName = "Learning";

    /// <summary>The yearly study-hour target (学时) each member is measured against.</summary>
    [Range(1, 1000)]
    public double AnnualStudyHoursTarget { get; set; } = 32;

    /// <summary>Minutes of study that make one 学时 (a class period).</summary>
    [Range(1, 120)]
    public int MinutesPerStudyHour { get; set; } = 45;

    /// <summary>The users' time zone: "today" for daily quizzes, streaks and caps is computed there.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    [Range(1, 20)]
    public int DailyQuizSize { get; set; } = 5;

    [Range(1, 50)]
    public int ReviewBatchSize { get; set; } = 10;
}
