using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// <c>POST /chat/notices</c>, called by the chat page when it opens: the member's unread notices (each with its 已读 button)
/// as chat messages, the first showing on the web recorded in one short transaction. The page leaves out those its kept
/// conversation already shows.
/// </summary>
public static class ChatNotices
{
    public static async Task<IResult> OpenAsync(
        HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate, NoticeBoard board, NoticeReplies replies, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (WebUser.IdOf(http.User) is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // A Telegram sign-in bound to a roster member reads as that member, as the engine does.
            var learnerId = await db.AccountAliases.Where(a => a.AliasId == userId).Select(a => (long?)a.LearnerId).FirstOrDefaultAsync(cancellationToken) ?? userId;
            var notices = await board.OpenOnWebAsync(db, learnerId, time.GetUtcNow().UtcDateTime, cancellationToken);
            var audiences = await NoticeReplies.AudiencesAsync(db, notices, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Ok(new ChatResponse(null, [.. notices.Select(n => WebChannel.ToMessage(replies.Unread(n, audiences[n.Id])))]));
        }
    }
}
