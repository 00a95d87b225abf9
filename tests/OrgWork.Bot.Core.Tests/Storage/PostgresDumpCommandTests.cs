using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Storage;

public class PostgresDumpCommandTests
{
    [Fact]
    public void TheCommandNamesHostPortUserAndDatabaseButNeverThePassword()
    {
        var command = PostgresDumpCommand.For("Host=db.internal;Port=5433;Username=orgwork;Password=s3cret;Database=orgwork_prod", "backups/orgwork.dump");

        Assert.Equal("pg_dump --format=custom --no-owner --file=backups/orgwork.dump --host=db.internal --port=5433 --username=orgwork orgwork_prod", command);
        Assert.DoesNotContain("s3cret", command, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusualCharactersAreQuotedForTheShell()
    {
        var command = PostgresDumpCommand.For("Host=localhost;Username=o'brien;Database=org work", "my backup.dump");

        Assert.Contains("--file='my backup.dump'", command, StringComparison.Ordinal);
        Assert.Contains("--username='o'\\''brien'", command, StringComparison.Ordinal);
        Assert.EndsWith("'org work'", command, StringComparison.Ordinal);
    }
}
