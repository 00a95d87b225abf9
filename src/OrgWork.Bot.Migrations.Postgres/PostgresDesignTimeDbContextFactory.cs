using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project src/OrgWork.Bot.Migrations.Postgres</c> build the model
/// for PostgreSQL without a server (adding a migration never connects).
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrgWorkDbContext>
{
    public OrgWorkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrgWorkDbContext>()
            .UseNpgsql("Host=localhost;Database=orgwork", npgsql => npgsql.MigrationsAssembly(StorageServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);
}
