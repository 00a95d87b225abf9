using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// Posts notices and keeps their recipients' state. Posting only inserts rows — the notice, then one
/// <see cref="NoticeRecipient"/> per member in a single <c>INSERT … SELECT</c> (batched for an explicit list) — so it
/// fits inside a turn's or a job's transaction; sending happens later, outside it (<see cref="NoticeDispatcher"/>).
/// </summary>
public sealed class NoticeBoard(IOptions<NoticesOptions> options)
{
    /// <summary>Longest notice text; with its heading it stays well inside a Telegram message.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Unread notices shown at most when the web chat opens (the oldest first).</summary>
    public const int MaxShownOnOpen = 20;

    private const int IdsPerStatement = 500;

    /// <summary>
    /// Posts <paramref name="draft"/> within <paramref name="db"/>'s current transaction (the caller begins and commits it);
    /// null when a notice with the draft's key exists already. Two posts of one key racing each other are settled by the
    /// key's unique index: the loser's save fails and its transaction is rolled back.
    /// </summary>
    public async Task<NoticePosted?> PostAsync(OrgWorkDbContext db, NoticeDraft draft, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Text);
        if (draft.Text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A notice is at most {MaxTextLength} characters", nameof(draft));
        }

        if (draft.Key is { } key && await db.Set<Notice>().AnyAsync(n => n.Key == key, cancellationToken))
        {
            return null;
        }

        var notice = new Notice
        {
            Kind = draft.Kind,
            Text = draft.Text,
            SenderId = draft.SenderId,
            BranchId = draft.Audience.BranchId,
            CreatedAt = utcNow,
            Key = draft.Key,
        };
        db.Add(notice);
        await db.SaveChangesAsync(cancellationToken);

        // The sender wrote it: they are not among its readers.
        var notSender = draft.SenderId is { } sender ? $" AND l.\"Id\" <> {sender.ToString(CultureInfo.InvariantCulture)}" : "";
        var recipients = 0;
        if (draft.Audience.LearnerIds is { } ids)
        {
            foreach (var chunk in ids.Distinct().Chunk(IdsPerStatement))
            {
                var list = string.Join(",", chunk.Select((_, i) => "{" + (i + 1).ToString(CultureInfo.InvariantCulture) + "}"));
                recipients += await InsertRecipientsAsync(db, $"l.\"Id\" IN ({list}){notSender}", [notice.Id, .. chunk.Cast<object>()], cancellationToken);
            }
        }
        else if (draft.Audience.BranchId is { } branchId)
        {
            recipients = await InsertRecipientsAsync(db, "l.\"BranchId\" = {1}" + notSender, [notice.Id, branchId], cancellationToken);
        }
        else
        {
            recipients = await InsertRecipientsAsync(db, "1 = 1" + notSender, [notice.Id], cancellationToken);
        }

        var viaTelegram = await db.Set<NoticeRecipient>().CountAsync(r => r.NoticeId == notice.Id && r.ViaTelegram, cancellationToken);
        return new NoticePosted(notice.Id, recipients, viaTelegram);
    }

    /// <summary>
    /// One row per active member matching <paramref name="filter"/> (placeholder <c>{0}</c> is the notice id). A member
    /// has Telegram when their own id is a Telegram user's (positive) or a bound account's is.
    /// </summary>
    private static Task<int> InsertRecipientsAsync(OrgWorkDbContext db, string filter, object[] parameters, CancellationToken cancellationToken)
    {
        var recipients = Table<NoticeRecipient>(db);
        var learners = Table<Learner>(db);
        var aliases = Table<AccountAlias>(db);
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{recipients}\" (\"NoticeId\", \"LearnerId\", \"ViaTelegram\", \"TelegramAttempts\") ")
            .Append("SELECT {0}, l.\"Id\", ")
            .Append(CultureInfo.InvariantCulture, $"CASE WHEN l.\"Id\" > 0 OR EXISTS (SELECT 1 FROM \"{aliases}\" a WHERE a.\"LearnerId\" = l.\"Id\" AND a.\"AliasId\" > 0) THEN TRUE ELSE FALSE END, 0 ")
            .Append(CultureInfo.InvariantCulture, $"FROM \"{learners}\" l WHERE l.\"IsActive\" AND l.\"DeactivatedAt\" IS NULL AND ({filter})")
            .ToString();
        return db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }

    private static string Table<T>(OrgWorkDbContext db) =>
        db.Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");

    /// <summary>Records that the member read the notice; idempotent (a second press is <see cref="ReadOutcome.AlreadyRead"/>).</summary>
    public async Task<(ReadOutcome Outcome, Notice? Notice)> MarkReadAsync(
        OrgWorkDbContext db, long noticeId, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var recipient = await db.Set<NoticeRecipient>().FirstOrDefaultAsync(r => r.NoticeId == noticeId && r.LearnerId == learnerId, cancellationToken);
        if (recipient is null)
        {
            return (ReadOutcome.NotARecipient, null);
        }

        var notice = await db.Set<Notice>().AsNoTracking().FirstAsync(n => n.Id == noticeId, cancellationToken);
        if (recipient.ReadAt is not null)
        {
            return (ReadOutcome.AlreadyRead, notice);
        }

        recipient.ReadAt = utcNow;
        return (ReadOutcome.Read, notice);
    }

    /// <summary>
    /// The member's unread notices when they open the web chat (oldest first, at most <see cref="MaxShownOnOpen"/>);
    /// the first showing on the web is recorded. Saved by the caller.
    /// </summary>
    public async Task<IReadOnlyList<Notice>> OpenOnWebAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var unread = await db.Set<NoticeRecipient>()
            .Where(r => r.LearnerId == learnerId && r.ReadAt == null)
            .OrderByDescending(r => r.NoticeId)
            .Take(MaxShownOnOpen)
            .ToListAsync(cancellationToken);
        foreach (var recipient in unread.Where(r => r.WebShownAt is null))
        {
            recipient.WebShownAt = utcNow;
        }

        return await NoticesAsync(db, unread.Select(r => r.NoticeId), cancellationToken);
    }

    /// <summary>
    /// Unread notices not yet shown on the channel of <paramref name="web"/> (the web chat, or the terminal), marked shown
    /// there: they come once per channel with the member's next reply. Saved with the turn.
    /// </summary>
    public async Task<IReadOnlyList<Notice>> TakeUnshownAsync(OrgWorkDbContext db, long learnerId, bool web, DateTime utcNow, CancellationToken cancellationToken)
    {
        var query = db.Set<NoticeRecipient>().Where(r => r.LearnerId == learnerId && r.ReadAt == null);
        query = web ? query.Where(r => r.WebShownAt == null) : query.Where(r => r.TerminalShownAt == null);
        var unshown = await query.OrderByDescending(r => r.NoticeId).Take(MaxShownOnOpen).ToListAsync(cancellationToken);
        foreach (var recipient in unshown)
        {
            if (web)
            {
                recipient.WebShownAt = utcNow;
            }
            else
            {
                recipient.TerminalShownAt = utcNow;
            }
        }

        return await NoticesAsync(db, unshown.Select(r => r.NoticeId), cancellationToken);
    }

    /// <summary>
    /// On a channel that can push (Telegram): unread notices the dispatcher will not send there — the member had no
    /// Telegram account when they were posted, or every try failed —, marked delivered. Saved with the turn.
    /// </summary>
    public async Task<IReadOnlyList<Notice>> TakeMissedOnPushAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxTelegramAttempts;
        var missed = await db.Set<NoticeRecipient>()
            .Where(r => r.LearnerId == learnerId && r.ReadAt == null && r.TelegramDeliveredAt == null)
            .Where(r => !r.ViaTelegram || r.TelegramAttempts >= maxAttempts)
            .Where(r => r.TelegramClaimedUntil == null || r.TelegramClaimedUntil < utcNow)
            .OrderByDescending(r => r.NoticeId)
            .Take(MaxShownOnOpen)
            .ToListAsync(cancellationToken);
        foreach (var recipient in missed)
        {
            recipient.TelegramDeliveredAt = utcNow;
        }

        return await NoticesAsync(db, missed.Select(r => r.NoticeId), cancellationToken);
    }

    private static async Task<IReadOnlyList<Notice>> NoticesAsync(OrgWorkDbContext db, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return await db.Set<Notice>().AsNoTracking().Where(n => wanted.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync(cancellationToken);
    }
}
