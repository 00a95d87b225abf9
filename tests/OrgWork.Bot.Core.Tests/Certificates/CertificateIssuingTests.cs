using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Certificates;

/// <summary>A certificate is issued once per member and exam or class, whoever asks and however often; a revoked one stays revoked.</summary>
public abstract class CertificateIssuingTests(StorageProvider storage)
{
    private static readonly CertificateGrant Exam = new(CertificateSource.Exam, "charter-2026", "2026年党章知识考试", 2);

    [SkippableFact]
    public async Task IssuingTwiceReturnsTheFirstCertificate()
    {
        await using var bot = await StartAsync();

        var first = await IssueAsync(bot, 1001, Exam);
        bot.Clock.Advance(TimeSpan.FromDays(3));
        var second = await IssueAsync(bot, 1001, Exam with { Title = "改过的标题" });

        Assert.Equal(first.Serial, second.Serial);
        Assert.Equal("2026年党章知识考试", second.Title);
        Assert.Equal(new DateOnly(2026, 3, 2), second.IssuedOn);
        Assert.Equal("测试学员", second.HolderName);
        Assert.Equal(1, await bot.QueryAsync(db => db.Certificates.CountAsync()));
    }

    [SkippableFact]
    public async Task EachExamOrClassAndEachMemberGetsItsOwnCertificate()
    {
        await using var bot = await StartAsync(1002);

        var exam = await IssueAsync(bot, 1001, Exam);
        var classSameKey = await IssueAsync(bot, 1001, Exam with { Source = CertificateSource.Class });
        var other = await IssueAsync(bot, 1002, Exam);

        Assert.Equal(3, new[] { exam.Serial, classSameKey.Serial, other.Serial }.Distinct().Count());
    }

    [SkippableFact]
    public async Task TwoTurnsIssuingAtOnceAgreeOnOneCertificate()
    {
        await using var bot = await StartAsync();
        var gate = bot.Services.GetRequiredService<IWriteGate>();
        var issuer = bot.Services.GetRequiredService<CertificateIssuer>();
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();

        async Task<string> IssueInATurnAsync()
        {
            using (await gate.EnterAsync(CancellationToken.None))
            {
                await using var db = await contexts.CreateDbContextAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var certificate = await issuer.IssueOnceAsync(db, 1001, Exam, bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return certificate.Serial;
            }
        }

        var serials = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(IssueInATurnAsync)));

        Assert.Single(serials.Distinct());
        Assert.Equal(1, await bot.QueryAsync(db => db.Certificates.CountAsync()));
    }

    [SkippableFact]
    public async Task AnIssueWaitingOnAnotherTurnsUncommittedCertificateGetsThatOne()
    {
        Skip.IfNot(storage == StorageProvider.Postgres, "SQLite has one writer: the write gate serialises the turns (see the test above)");
        await using var bot = await StartAsync();
        var issuer = bot.Services.GetRequiredService<CertificateIssuer>();
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        var now = bot.Clock.GetUtcNow().UtcDateTime;

        await using var first = await contexts.CreateDbContextAsync();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        var issuedFirst = await issuer.IssueOnceAsync(first, 1001, Exam, now, CancellationToken.None);
        var second = Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var certificate = await issuer.IssueOnceAsync(db, 1001, Exam, now, CancellationToken.None);
            await transaction.CommitAsync();
            return certificate.Serial;
        });
        await using (var observer = await contexts.CreateDbContextAsync())
        {
            await Eventually.TrueAsync(async () => await RowLockWaitersAsync(observer) > 0, "the second issue waits on the first one's row");
        }

        await firstTransaction.CommitAsync();

        Assert.Equal(issuedFirst.Serial, await second);
        Assert.Equal(1, await bot.QueryAsync(db => db.Certificates.CountAsync()));
    }

    [SkippableFact]
    public async Task ARevokedCertificateIsRecordedWithItsReasonAndAuditedAndIsNotIssuedAgain()
    {
        await using var bot = await StartAsync();
        var issued = await IssueAsync(bot, 1001, Exam);
        var revocation = bot.Services.GetRequiredService<CertificateRevocation>();

        var (outcome, _) = await revocation.RevokeAsync(CertificateSerial.Display(issued.Serial).ToLowerInvariant(), "考试作弊", null, CancellationToken.None);
        var (again, _) = await revocation.RevokeAsync(issued.Serial, "再次", null, CancellationToken.None);
        var (unknown, _) = await revocation.RevokeAsync(CertificateSerial.Create(), "无此证书", null, CancellationToken.None);
        var reissued = await IssueAsync(bot, 1001, Exam);

        Assert.Equal((RevokeOutcome.Revoked, RevokeOutcome.AlreadyRevoked, RevokeOutcome.NotFound), (outcome, again, unknown));
        Assert.Equal(issued.Serial, reissued.Serial);
        Assert.NotNull(reissued.RevokedAt);
        Assert.Equal("考试作弊", reissued.RevokeReason);
        var audit = Assert.Single(await bot.QueryAsync(db => db.AuditEntries.ToListAsync()));
        Assert.Equal(AuditAction.CertificateRevoked, audit.Action);
        Assert.Equal("命令行", audit.ActorName);
        Assert.Contains(issued.Serial, audit.After, StringComparison.Ordinal);
        Assert.Contains("考试作弊", audit.After, StringComparison.Ordinal);
    }

    private async Task<TestBot> StartAsync(params long[] moreLearners)
    {
        var bot = await TestBot.StartAsync(storage);
        foreach (var id in moreLearners.Prepend(1001))
        {
            await bot.SendAsync("/start", id);
        }

        return bot;
    }

    internal static async Task<Certificate> IssueAsync(TestBot bot, long learnerId, CertificateGrant grant)
    {
        var issuer = bot.Services.GetRequiredService<CertificateIssuer>();
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var certificate = await issuer.IssueOnceAsync(db, learnerId, grant, bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        await transaction.CommitAsync();
        return certificate;
    }

    private static async Task<int> RowLockWaitersAsync(OrgWorkDbContext db) =>
        (await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND datname = current_database()
            """).ToListAsync()).Single();
}

public sealed class CertificateIssuingTestsOnSqlite() : CertificateIssuingTests(StorageProvider.Sqlite);

public sealed class CertificateIssuingTestsOnPostgres() : CertificateIssuingTests(StorageProvider.Postgres);
