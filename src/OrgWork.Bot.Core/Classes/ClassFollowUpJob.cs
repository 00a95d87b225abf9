using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// Follows classes up: after each session ends, its attendees get one notice asking for a 评价 (keyed per session, so
/// it goes once across runs and instances); once a class is over, every participant who completed it gets the class's
/// certificate (issued once) and a notice. Each class is one short transaction; nothing here calls out of the database.
/// </summary>
public sealed class ClassFollowUpJob(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    CatalogueStore catalogue,
    NoticeBoard notices,
    CertificateIssuer certificates,
    StudyHours hours,
    AttendanceBook attendance,
    IOptions<JobsOptions> options,
    ILogger<ClassFollowUpJob> logger) : IMaintenanceJob
{
    /// <summary>Sessions and classes older than this are not followed up (e.g. when the feature is first deployed).</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    public string Name => "class-follow-up";

    public DateTime LatestOccurrence(DateTime utcNow) => Schedule.LatestInterval(utcNow, options.Value.ClassFollowUpInterval);

    public async Task RunAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        foreach (var trainingClass in catalogue.Current.Classes.Where(c => c.Starts <= utcNow && c.Ends > utcNow - Horizon))
        {
            using var entered = await writeGate.EnterAsync(cancellationToken);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var prompts = await AskForRatingsAsync(db, trainingClass, utcNow, cancellationToken);
            var issued = await IssueCertificatesAsync(db, trainingClass, utcNow, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (prompts + issued > 0)
            {
                logger.LogInformation("Class {Class}: {Prompts} rating requests, {Issued} certificates", trainingClass.Slug, prompts, issued);
            }
        }
    }

    private async Task<int> AskForRatingsAsync(OrgWorkDbContext db, TrainingClass trainingClass, DateTime utcNow, CancellationToken cancellationToken)
    {
        var posted = 0;
        foreach (var session in trainingClass.Sessions.Where(s => s.Ends <= utcNow && s.Ends > utcNow - Horizon))
        {
            var attendees = await db.Attendances
                .Where(a => a.ClassSlug == trainingClass.Slug && a.SessionNumber == session.Number)
                .Select(a => a.LearnerId)
                .ToListAsync(cancellationToken);
            if (attendees.Count == 0)
            {
                continue;
            }

            var text = UiText.Format(UiText.RatePromptNotice, trainingClass.Title, session.Number, session.Title);
            var draft = new NoticeDraft(NoticeKind.Class, text, NoticeAudience.Learners(attendees), Key: $"class:{trainingClass.Slug}:rate:{session.Number}");
            if (await notices.PostAsync(db, draft, utcNow, cancellationToken) is not null)
            {
                posted++;
            }
        }

        return posted;
    }

    private async Task<int> IssueCertificatesAsync(OrgWorkDbContext db, TrainingClass trainingClass, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (utcNow <= attendance.Window(trainingClass.Sessions[^1]).To)
        {
            return 0; // members may still check in to the last session
        }

        var holders = await db.Certificates
            .Where(c => c.Source == CertificateSource.Class && c.SourceKey == trainingClass.Slug)
            .Select(c => c.LearnerId)
            .ToListAsync(cancellationToken);
        var issued = 0;
        foreach (var result in (await ClassCompletion.ResultsAsync(db, trainingClass, cancellationToken)).Where(r => r.Completed && !holders.Contains(r.LearnerId)))
        {
            var grant = new CertificateGrant(CertificateSource.Class, trainingClass.Slug, trainingClass.Title, hours.FromMinutes(result.Minutes));
            var certificate = await certificates.IssueOnceAsync(db, result.LearnerId, grant, utcNow, cancellationToken);
            var text = UiText.Format(UiText.ClassCertificateNotice, trainingClass.Title, CertificateSerial.Display(certificate.Serial));
            await notices.PostAsync(
                db, new NoticeDraft(NoticeKind.Class, text, NoticeAudience.Learners([result.LearnerId]), Key: $"class:{trainingClass.Slug}:certificate:{result.LearnerId}"), utcNow, cancellationToken);
            issued++;
        }

        return issued;
    }
}
