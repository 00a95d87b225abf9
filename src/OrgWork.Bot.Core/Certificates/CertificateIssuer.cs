using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// Issues a member's certificate for an exam or class once. Called by the flow that decides it was earned (an exam
/// passed, a class finished), inside that flow's transaction: it only reads and inserts, and renders nothing.
/// </summary>
public sealed class CertificateIssuer(LearningClock clock, ILogger<CertificateIssuer> logger)
{
    private const int SerialAttempts = 3;

    /// <summary>
    /// The member's certificate for <paramref name="grant"/>: the one already issued (revoked or not), or a new one.
    /// Safe when two turns issue the same certificate at once: the insert skips a row that already exists (unique
    /// index), so both get the same certificate and neither transaction fails.
    /// </summary>
    public async Task<Certificate> IssueOnceAsync(OrgWorkDbContext db, long learnerId, CertificateGrant grant, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grant.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(grant.Title);
        ArgumentOutOfRangeException.ThrowIfNegative(grant.Hours);
        if (await FindAsync(db, learnerId, grant, cancellationToken) is { } existing)
        {
            return existing;
        }

        var holder = await db.Learners.Where(l => l.Id == learnerId).Select(l => l.DisplayName).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No learner {learnerId} to issue a certificate to.");
        for (var attempt = 0; attempt < SerialAttempts; attempt++)
        {
            var certificate = new Certificate
            {
                Serial = CertificateSerial.Create(),
                LearnerId = learnerId,
                HolderName = holder,
                Source = grant.Source,
                SourceKey = grant.Key.Trim(),
                Title = grant.Title.Trim(),
                Hours = Math.Round(grant.Hours, 1),
                IssuedAt = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc),
                IssuedOn = clock.LocalDate(utcNow),
            };
            if (await CertificateRows.InsertIfAbsentAsync(db, certificate, cancellationToken))
            {
                logger.LogInformation("Issued certificate {Serial} to learner {LearnerId} for {Source} {Key}", certificate.Serial, learnerId, grant.Source, grant.Key);
            }

            // Not inserted: another turn issued it meanwhile (read it), or — once in 2^60 — the serial was taken (retry).
            if (await FindAsync(db, learnerId, grant, cancellationToken) is { } issued)
            {
                return issued;
            }
        }

        throw new InvalidOperationException($"Could not issue a certificate to learner {learnerId} for {grant.Source} {grant.Key}.");
    }

    private static Task<Certificate?> FindAsync(OrgWorkDbContext db, long learnerId, CertificateGrant grant, CancellationToken cancellationToken)
    {
        var key = grant.Key.Trim();
        return db.Certificates.FirstOrDefaultAsync(c => c.LearnerId == learnerId && c.Source == grant.Source && c.SourceKey == key, cancellationToken);
    }
}
