using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Conversation.Browsing;

/// <summary>
/// Adds to a lesson's last page: other features (points, the lesson quiz button) hook in here
/// without the browsing code knowing them.
/// </summary>
public interface ILessonEndExtension
{
    Task ExtendAsync(ConversationContext context, Lesson lesson, bool justFinished, RichTextBuilder text, List<IReadOnlyList<Button>> rows, CancellationToken cancellationToken);
}
