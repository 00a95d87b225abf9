using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Api;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (CatalogueStore store) =>
        {
            var catalogue = store.Current;
            return TypedResults.Ok(new HealthReport(
                "ok",
                catalogue.Courses.Count,
                catalogue.LessonCount,
                catalogue.QuestionCount,
                catalogue.Policies.Count));
        });
        return app;
    }
}
