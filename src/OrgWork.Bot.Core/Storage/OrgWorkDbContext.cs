using Microsoft.EntityFrameworkCore;

namespace OrgWork.Bot.Core.Storage;

/// <summary>The one database model; each entity is configured in its own <c>Configurations/</c> class.</summary>
public sealed class OrgWorkDbContext(DbContextOptions<OrgWorkDbContext> options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrgWorkDbContext).Assembly);
}
