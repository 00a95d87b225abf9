using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>Writes <see cref="AuditEntry"/> rows in the caller's unit of work (saved with the change they describe).</summary>
public sealed class AuditLog
{
    private const int MaxValueLength = 2000;

    public void Record(OrgWorkDbContext db, DateTime utcNow, Learner? actor, string action, string subject, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = utcNow,
            ActorId = actor?.Id,
            ActorName = actor?.DisplayName ?? "",
            Action = action,
            Subject = Clip(subject, 400)!,
            Before = Clip(before, MaxValueLength),
            After = Clip(after, MaxValueLength),
        });

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
