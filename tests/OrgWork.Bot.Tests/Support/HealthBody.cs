namespace OrgWork.Bot.Tests.Support;

/// <summary>The body of <c>GET /healthz</c>.</summary>
public sealed record HealthBody(string Status, int Courses, int Lessons, int Questions, int PolicyDocuments);
