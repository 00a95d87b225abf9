using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Certificates.Storage;

/// <summary>
/// <c>INSERT … ON CONFLICT DO NOTHING</c> (SQLite and PostgreSQL both have it) in the context's open transaction. A
/// unique violation would abort a PostgreSQL transaction, and <c>SaveChanges</c> would also flush the caller's pending
/// changes; this statement does neither. Table, columns and value conversions come from the EF model.
/// </summary>
internal static class CertificateRows
{
    /// <summary>True when the row was inserted; false when a row with its serial or its (learner, source, key) exists.</summary>
    public static async Task<bool> InsertIfAbsentAsync(OrgWorkDbContext db, Certificate certificate, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Certificate)) ?? throw new InvalidOperationException("Certificate is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Converter: p.GetTypeMapping().Converter))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ExecuteAsync(db, sql.DelimitIdentifier(table.Name, table.Schema), columns.Select(c => (c.Property, sql.DelimitIdentifier(c.Column), c.Converter)).ToList(), certificate, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> ExecuteAsync(
        OrgWorkDbContext db, string tableName, List<(IProperty Property, string Column, ValueConverter? Converter)> columns, Certificate certificate, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {tableName} ({string.Join(", ", columns.Select(c => c.Column))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) ON CONFLICT DO NOTHING";
        for (var i = 0; i < columns.Count; i++)
        {
            var value = columns[i].Property.PropertyInfo!.GetValue(certificate);
            if (value is not null && columns[i].Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }
            else if (value is Enum)
            {
                value = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
