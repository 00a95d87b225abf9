namespace OrgWork.Bot.Core.Conversation.Browsing;

/// <summary><c>/courses</c>: the course list; <c>/courses N</c> or <c>/courses slug</c> opens one course.</summary>
public sealed class CoursesCommand(CatalogueViews views) : ICommandHandler
{
    public string Name => "courses";

    public string Description => UiText.CommandCourses;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var course = arguments.Length > 0 ? context.Catalogue.FindCourseByName(arguments) : null;
        return course is null
            ? ConversationResult.Of(views.CourseList(context.Catalogue))
            : ConversationResult.Of(await views.CoursePageAsync(context, course, cancellationToken));
    }
}
