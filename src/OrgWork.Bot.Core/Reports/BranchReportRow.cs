namespace OrgWork.Bot.Core.Reports;

/// <summary>One branch in the learning report.</summary>
public sealed record BranchReportRow(string Branch, int Members, int ActiveThisWeek, int LessonsFinished, double StudyHours, double? Accuracy);
