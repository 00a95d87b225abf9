using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Storage.CompiledModels.Sqlite;

namespace OrgWork.Bot.Core.Tests.Storage;

/// <summary>
/// The service runs SQLite on a compiled model (it starts faster). When an entity or its configuration changes, these
/// fail until the model is compiled again (docs/architecture.md, "Changing the database model").
/// </summary>
public class CompiledModelTests
{
    private const string Regenerate =
        "the compiled SQLite model is out of date; see docs/architecture.md, \"Changing the database model\"";

    [Fact]
    public void OnlyTheSqliteRegistrationNamesTheCompiledModel()
    {
        // The generator also writes an assembly attribute that would hand the SQLite model to every provider.
        var attributes = typeof(OrgWorkDbContext).Assembly.GetCustomAttributes(typeof(DbContextModelAttribute), inherit: false);

        Assert.True(attributes.Length == 0, "delete Storage/CompiledModels/Sqlite/OrgWorkDbContextAssemblyAttributes.cs");
    }

    [Fact]
    public void TheCompiledModelMapsEveryEntityTheSameWayAsTheConfigurations()
    {
        using var configured = Context(compiled: false);
        using var compiled = Context(compiled: true);

        var expected = Describe(configured.Model).ToList();
        var actual = Describe(compiled.Model).ToList();

        Assert.True(expected.SequenceEqual(actual), Regenerate + ". First difference: " + string.Join(" | ", expected.Except(actual).Concat(actual.Except(expected)).Take(4)));
    }

    [Fact]
    public async Task TheServiceUsesTheCompiledModelOnSqlite()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OrgWork"] = "Data Source=:memory:" })
            .Build();
        await using var services = new ServiceCollection().AddOrgWorkStorage(configuration).BuildServiceProvider();

        await using var context = await services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync();

        Assert.IsType<OrgWorkDbContextModel>(context.Model, exactMatch: false);
    }

    private static OrgWorkDbContext Context(bool compiled)
    {
        var options = new DbContextOptionsBuilder<OrgWorkDbContext>();
        if (compiled)
        {
            options.UseModel(OrgWorkDbContextModel.Instance);
        }

        return new OrgWorkDbContext(options.UseSqlite("Data Source=:memory:").Options);
    }

    /// <summary>
    /// One line per entity, property, key, index, foreign key and navigation, with what decides the schema and how
    /// values are read and written.
    /// </summary>
    private static IEnumerable<string> Describe(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
            new[] { $"{entity.Name} -> {entity.GetTableName()} filters={entity.GetDeclaredQueryFilters().Count}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"{entity.Name}.{p.Name}: {p.ClrType.Name} {p.GetColumnName()} {p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} "
                    + $"conv={p.GetValueConverter()?.GetType().Name} token={p.IsConcurrencyToken} gen={p.ValueGenerated}"))
                .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {Columns(k.Properties)} primary={k.IsPrimaryKey()}"))
                .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} {Columns(i.Properties)} unique={i.IsUnique} where={i.GetFilter()}"))
                .Concat(entity.GetForeignKeys().Select(f =>
                    $"{entity.Name} fk {Columns(f.Properties)} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior} required={f.IsRequired}"))
                .Concat(entity.GetNavigations().Select(n => $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name} collection={n.IsCollection}"))
                .Order(StringComparer.Ordinal));

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
