using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// What follows an ended sitting, in its transaction: a passed exam whose front matter says <c>certificate: true</c> gives
/// its certificate (issued once per member and exam, however often they pass). Returns the certificate's serial when there is one.
/// </summary>
public sealed class ExamCompletion(CertificateIssuer certificates, StudyHours hours, CatalogueStore catalogue)
{
    public async Task<string?> CompleteAsync(OrgWorkDbContext db, ExamSitting sitting, Exam? exam, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (sitting.Passed != true || exam is not { Certificate: true })
        {
            return null;
        }

        var grant = new CertificateGrant(CertificateSource.Exam, exam.Slug, exam.Title, exam.Hours ?? hours.FromMinutes(DrawnCourseMinutes(exam)));
        var certificate = await certificates.IssueOnceAsync(db, sitting.LearnerId, grant, utcNow, cancellationToken);
        return certificate.RevokedAt is null ? certificate.Serial : null;
    }

    /// <summary>The 学时 an exam stands for when it does not say: the lesson minutes of the courses it draws from.</summary>
    private int DrawnCourseMinutes(Exam exam) => catalogue.Current.Courses.Where(c => exam.Draw.Any(d => d.Source == c.Slug)).Sum(c => c.TotalMinutes);
}
