namespace OrgWork.Bot.Api;

/// <summary>The body of <c>/healthz</c>: "ok" (ready) or "unavailable" (not ready), and the loaded content's counts.</summary>
public sealed record HealthzReport(string Status, int Courses, int Lessons, int Questions, int PolicyDocuments);
