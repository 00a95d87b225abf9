using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Faq;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// 加入常见问答 under a staff reply (<c>/answer N</c>): the answered question's phrasings and the reply become
/// <c>faq/queue-N.md</c>, published like an upload (validated, versioned, the catalogue reloaded), so the next
/// member who asks it gets the reply as 已审核答复.
/// </summary>
public sealed class AddToFaqButton(DraftPublisher publisher, ILogger<AddToFaqButton> logger) : IButtonHandler
{
    public const string ActionName = "faq";

    public string Action => ActionName;

    public static string Data(long queueNumber) => ButtonPayload.Create(ActionName, queueNumber.ToString(CultureInfo.InvariantCulture));

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer)
        {
            logger.LogWarning("User {UserId} ({Role}) pressed {Data}; only staff may add curated answers", context.Learner.Id, context.Role, context.Input.ButtonData);
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (!long.TryParse(payload.Argument(0), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var items = context.Db.Set<StaffQueueItem>().AsNoTracking();
        var answered = await items.FirstOrDefaultAsync(i => i.Id == number && i.StaffReply != null, cancellationToken);
        if (answered?.StaffReply is not { } reply)
        {
            return ConversationResult.Notice(UiText.FaqNothingToAdd);
        }

        var questions = await items.Where(i => i.QuestionKey == answered.QuestionKey && i.StaffReply == reply)
            .OrderBy(i => i.Id).Select(i => i.Question).ToListAsync(cancellationToken);
        return publisher.Publish(FaqDraft.Create(number, [.. questions.Distinct(StringComparer.Ordinal)], reply));
    }
}
