using Npgsql;

namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// The <c>pg_dump</c> command that backs up the configured PostgreSQL database to a file (custom format, for
/// <c>pg_restore</c>). The password is never printed: pg_dump takes it from <c>PGPASSWORD</c> or <c>~/.pgpass</c>.
/// </summary>
public static class PostgresDumpCommand
{
    public static string For(string connectionString, string targetPath)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var parts = new List<string> { "pg_dump", "--format=custom", "--no-owner", $"--file={Quote(targetPath)}" };
        if (!string.IsNullOrEmpty(settings.Host))
        {
            parts.Add($"--host={Quote(settings.Host)}");
        }

        parts.Add($"--port={settings.Port}");
        if (!string.IsNullOrEmpty(settings.Username))
        {
            parts.Add($"--username={Quote(settings.Username)}");
        }

        parts.Add(Quote(settings.Database ?? "orgwork"));
        return string.Join(' ', parts);
    }

    private static string Quote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or ':') ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
