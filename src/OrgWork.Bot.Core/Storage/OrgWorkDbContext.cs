using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Sites;

namespace OrgWork.Bot.Core.Storage;

/// <summary>The one database model; each entity is configured in its own <c>Configurations/</c> class.</summary>
public sealed class OrgWorkDbContext(DbContextOptions<OrgWorkDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core's data-protection keys (web sessions, antiforgery), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<QuizAnswer> QuizAnswers => Set<QuizAnswer>();

    public DbSet<PointEntry> PointEntries => Set<PointEntry>();

    public DbSet<StudyCredit> StudyCredits => Set<StudyCredit>();

    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();

    public DbSet<StagedUpload> StagedUploads => Set<StagedUpload>();

    public DbSet<StagedFile> StagedFiles => Set<StagedFile>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<JobDelivery> JobDeliveries => Set<JobDelivery>();

    public DbSet<FloodWindow> FloodWindows => Set<FloodWindow>();

    public DbSet<ParentOrganisation> ParentOrganisations => Set<ParentOrganisation>();

    public DbSet<AccountAlias> AccountAliases => Set<AccountAlias>();

    public DbSet<ActivationCode> ActivationCodes => Set<ActivationCode>();

    public DbSet<WebCredential> WebCredentials => Set<WebCredential>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ExamSitting> ExamSittings => Set<ExamSitting>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<SessionRating> SessionRatings => Set<SessionRating>();

    public DbSet<SiteVisit> SiteVisits => Set<SiteVisit>();

    public DbSet<ServiceSecret> ServiceSecrets => Set<ServiceSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrgWorkDbContext).Assembly);
}
