namespace OrgWork.Bot.Core.Conversation.ChatWords;

/// <summary>The main commands as buttons, under a greeting or any reply that should lead somewhere.</summary>
public static class MainButtons
{
    public static IReadOnlyList<IReadOnlyList<Button>> Rows { get; } =
    [
        [new Button(UiText.ButtonMainCourses, CommandButtons.For("courses")), new Button(UiText.ButtonMainDaily, CommandButtons.For("daily"))],
        [new Button(UiText.ButtonMainReview, CommandButtons.For("review")), new Button(UiText.ButtonMainMe, CommandButtons.For("me")),
            new Button(UiText.ButtonMainHelp, CommandButtons.For("help"))],
    ];
}
