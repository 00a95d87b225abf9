using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>Reading certificates: a member's list, one by serial, the count for <c>/me</c>.</summary>
public static class CertificateBook
{
    /// <summary>A member's certificates, newest first.</summary>
    public static async Task<IReadOnlyList<Certificate>> OfLearnerAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken) =>
        await db.Certificates.AsNoTracking().Where(c => c.LearnerId == learnerId)
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The certificate with this serial (typed leniently: lowercase, hyphens); null when there is none or it is mistyped.</summary>
    public static async Task<Certificate?> FindAsync(OrgWorkDbContext db, string? serial, CancellationToken cancellationToken) =>
        CertificateSerial.Normalize(serial) is { } normalized
            ? await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Serial == normalized, cancellationToken)
            : null;

    /// <summary>How many valid (not revoked) certificates a member holds.</summary>
    public static Task<int> CountValidAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken) =>
        db.Certificates.CountAsync(c => c.LearnerId == learnerId && c.RevokedAt == null, cancellationToken);
}
