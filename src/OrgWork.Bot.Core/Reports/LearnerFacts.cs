namespace OrgWork.Bot.Core.Reports;

/// <summary>Per-learner totals that reports and rankings aggregate.</summary>
public sealed record LearnerFacts(
    long LearnerId,
    string Name,
    int? BranchId,
    bool RankOptIn,
    DateTime LastSeenAt,
    int Points,
    int PointsThisWeek,
    int LessonsFinished,
    int MinutesThisYear,
    int Answers,
    int CorrectAnswers);
