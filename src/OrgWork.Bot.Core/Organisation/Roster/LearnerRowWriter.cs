using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// Inserts many new learners through one prepared <c>INSERT</c> reused for every row, in the context's open
/// transaction: a first roster import adds tens of thousands of members, and EF Core's change tracking costs about ten
/// times more per row. Table, columns and value conversions come from the EF model, so the statement follows the model
/// on SQLite and PostgreSQL alike.
/// </summary>
internal static class LearnerRowWriter
{
    public static async Task InsertAsync(OrgWorkDbContext db, IEnumerable<Learner> learners, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Learner)) ?? throw new InvalidOperationException("Learner is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Converter: p.GetTypeMapping().Converter))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {tableName} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();

        var prepared = false;
        foreach (var learner in learners)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Property.PropertyInfo!.GetValue(learner);
                if (value is not null && columns[i].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }

            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
