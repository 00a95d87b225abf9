using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrgWork.Bot.Core.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrgWorkDbContext>
{
    public OrgWorkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrgWorkDbContext>().UseSqlite(StorageOptions.DefaultConnectionString).Options);
}
