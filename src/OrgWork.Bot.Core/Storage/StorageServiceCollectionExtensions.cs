using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OrgWork.Bot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The assembly holding the PostgreSQL migrations (SQLite's are in this one).</summary>
    public const string PostgresMigrationsAssembly = "OrgWork.Bot.Migrations.Postgres";

    /// <summary>
    /// The database behind every module: one EF model on SQLite (one machine) or PostgreSQL (several
    /// instances), chosen by <c>Storage:Provider</c>, reached through <c>ConnectionStrings:OrgWork</c>.
    /// </summary>
    public static IServiceCollection AddOrgWorkStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : provider == StorageProvider.Sqlite
                ? StorageOptions.DefaultConnectionString
                : throw new InvalidOperationException("Storage:Provider=Postgres needs ConnectionStrings:OrgWork (e.g. Host=db;Database=orgwork;Username=orgwork;Password=…).");

        if (provider == StorageProvider.Postgres)
        {
            services.AddPooledDbContextFactory<OrgWorkDbContext>(options =>
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)));

            // PostgreSQL runs concurrent writers itself; unique constraints settle the races that matter.
            services.AddSingleton<IWriteGate, NoWriteGate>();
        }
        else
        {
            // The compiled model saves building it at every start (CompiledModelTests keep it in step with the
            // configurations); MigrationsInStepTests check what the migrator would otherwise compare at every start.
            services.AddSingleton<SqlitePragmaInterceptor>();
            services.AddPooledDbContextFactory<OrgWorkDbContext>((provider, options) => options
                .UseModel(CompiledModels.Sqlite.OrgWorkDbContextModel.Instance)
                .UseSqlite(connectionString)
                .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>())
                .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));
            services.AddSingleton<IWriteGate, SingleWriterGate>();
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseBackup>();
        return services;
    }
}
