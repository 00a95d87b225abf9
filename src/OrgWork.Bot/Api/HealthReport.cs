namespace OrgWork.Bot.Api;

public sealed record HealthReport(string Status, int Courses, int Lessons, int Questions, int PolicyDocuments);
