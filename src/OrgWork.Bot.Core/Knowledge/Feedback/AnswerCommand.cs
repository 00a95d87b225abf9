using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// <c>/answer N 文本</c> (staff): replies to everyone who asked queued question N, on the channel each used — at once on
/// Telegram, with their next message on the web and in the terminal — and closes it in the queue. The reply offers
/// 加入常见问答 (<see cref="AddToFaqButton"/>).
/// </summary>
public sealed class AnswerCommand(StaffQuestions queue, NoticePusher pusher) : ICommandHandler
{
    public string Name => "answer";

    public string Description => UiText.CommandAnswer;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Trim().Split([' ', '\n', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !long.TryParse(parts[0].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.AnswerUsage));
        }

        var answered = await queue.AnswerAsync(context.Db, number, parts[1], context.Learner.Id, context.UtcNow, cancellationToken);
        if (answered is not { } done)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AnswerNoSuchQuestion, number));
        }

        // Sent after the commit and outside the gate; what cannot be sent now waits for the member's next message.
        IReadOnlyList<MemberNotice> notices = done.Notices;
        context.AfterCommit(ct => pusher.PushAsync(notices, ct));
        var sent = ReplyFactory.Format(UiText.AnswerSent, done.Question, notices.Count);
        return ConversationResult.Of(sent with { Buttons = [[new Button(UiText.ButtonAddToFaq, AddToFaqButton.Data(number))]] });
    }
}
