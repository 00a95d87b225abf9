using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// <c>/broadcast [支部名] 文本</c> (admins): a notice to every active member, or — when the first word is exactly a branch's
/// name — to that branch. Telegram members get it from the dispatcher right after the commit; web and terminal members
/// when they next open the chat.
/// </summary>
public sealed class BroadcastCommand(NoticeBroadcast broadcast, NoticeSignal signal) : ICommandHandler
{
    public string Name => "broadcast";

    public string Description => UiText.CommandBroadcast;

    public Role RequiredRole => Role.Admin;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var text = arguments.Trim();
        if (text.Length == 0)
        {
            return Usage();
        }

        int? branchId = null;
        var parts = text.Split([' ', '\n', '\t', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = parts[0];
        if (await context.Db.Branches.AsNoTracking().Where(b => b.Name == first).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken) is { } id)
        {
            if (parts.Length < 2)
            {
                return Usage();
            }

            branchId = id;
            text = parts[1];
        }

        var (posted, refusal) = await broadcast.PostAsync(context.Db, context.Learner.Id, branchId, text, context.UtcNow, cancellationToken);
        if (posted is null)
        {
            return ConversationResult.Of(ReplyFactory.Plain(refusal ?? UiText.InternalError));
        }

        context.AfterCommit(signal.Wake);
        return ConversationResult.Of(ReplyFactory.Plain(NoticeBroadcast.Summary(posted)));
    }

    private static ConversationResult Usage() => ConversationResult.Of(ReplyFactory.Format(UiText.BroadcastUsage, NoticeBoard.MaxTextLength));
}
