using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Storage;

/// <summary>
/// Every change to the model comes with a migration for both providers. The service does not check this at start (it
/// would cost every start the comparison), so these do, without a database server.
/// </summary>
public class MigrationsInStepTests
{
    private const string AddMigrations = "the model changed without a migration; see docs/architecture.md, \"Changing the database model\"";

    [Fact]
    public void SqlitesMigrationsDescribeTheCurrentModel()
    {
        using var db = new OrgWorkDbContext(new DbContextOptionsBuilder<OrgWorkDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), AddMigrations);
    }

    [Fact]
    public void PostgresMigrationsDescribeTheCurrentModel()
    {
        using var db = new OrgWorkDbContext(new DbContextOptionsBuilder<OrgWorkDbContext>()
            .UseNpgsql("Host=localhost;Database=orgwork", npgsql => npgsql.MigrationsAssembly(StorageServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);

        Assert.False(db.Database.HasPendingModelChanges(), AddMigrations);
    }
}
