using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary><c>/queue</c> (staff): the open questions, numbered for <c>/answer N 文本</c>.</summary>
public sealed class QueueCommand(StaffQuestions queue) : ICommandHandler
{
    private const int AnswerPreview = 60;

    public string Name => "queue";

    public string Description => UiText.CommandQueue;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var groups = await queue.OpenAsync(context.Db, cancellationToken);
        if (groups.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.QueueEmpty));
        }

        var text = new RichTextBuilder().Bold(UiText.QueueTitle).Text("\n");
        foreach (var group in groups)
        {
            var reasons = string.Join("、", group.Reasons.Select(r => r == QueueReason.Disliked ? UiText.QueueReasonDisliked : UiText.QueueReasonUnanswered));
            var branches = group.Branches.Count == 0 ? UiText.QueueNoBranch : string.Join("、", group.Branches);
            var answer = group.AnswerGiven.Replace('\n', ' ');
            text.Text("\n").Bold(string.Create(CultureInfo.InvariantCulture, $"#{group.Number} ")).Text(group.Question).Text("\n")
                .Text(UiText.Format(UiText.QueueLine, group.Count, reasons, branches))
                .Text("\n").Text(UiText.Format(UiText.QueueAnswerGiven, answer.Length > AnswerPreview ? answer[..AnswerPreview] + "…" : answer)).Text("\n");
        }

        text.Text("\n").Text(UiText.QueueHint);
        return ConversationResult.Of(new Reply { Text = text.Build() });
    }
}
