using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>Shorthands for building replies.</summary>
public static class ReplyFactory
{
    public static Reply Plain(string text) => new() { Text = new RichTextBuilder().Text(text).Build() };

    public static Reply Format(string format, params object[] arguments) =>
        Plain(UiText.Format(format, arguments));

    public static IReadOnlyList<IReadOnlyList<Button>> Column(IEnumerable<Button> buttons) =>
        buttons.Select(b => (IReadOnlyList<Button>)[b]).ToList();
}
