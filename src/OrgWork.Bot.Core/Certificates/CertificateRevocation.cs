using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// Revoking a certificate (<c>certificate revoke</c>): it stays on record, and its verify page says 已撤销 from then on.
/// One short transaction under the write gate, with its audit entry.
/// </summary>
public sealed class CertificateRevocation(IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate, TimeProvider time, ILogger<CertificateRevocation> logger)
{
    public const int MaxReasonLength = 500;

    /// <param name="actor">The staff member who revokes; null for the command line.</param>
    public async Task<(RevokeOutcome Outcome, Certificate? Certificate)> RevokeAsync(string serial, string reason, Learner? actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (CertificateSerial.Normalize(serial) is not { } normalized)
        {
            return (RevokeOutcome.NotFound, null);
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Serial == normalized, cancellationToken);
            if (certificate is null)
            {
                return (RevokeOutcome.NotFound, null);
            }

            if (certificate.RevokedAt is not null)
            {
                return (RevokeOutcome.AlreadyRevoked, certificate);
            }

            var now = time.GetUtcNow().UtcDateTime;
            certificate.RevokedAt = now;
            var trimmed = reason.Trim();
            certificate.RevokeReason = trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed;
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                ActorId = actor?.Id,
                ActorName = actor?.DisplayName ?? UiText.RosterActorCommandLine,
                Action = AuditAction.CertificateRevoked,
                Subject = $"{certificate.HolderName}（#{certificate.LearnerId}）",
                After = UiText.Format(UiText.CertificateAuditRevoked, certificate.Serial, certificate.Title, certificate.RevokeReason),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Certificate {Serial} of learner {LearnerId} revoked by {Actor}", certificate.Serial, certificate.LearnerId, actor?.Id);
            return (RevokeOutcome.Revoked, certificate);
        }
    }
}
