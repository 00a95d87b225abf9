using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;
using UglyToad.PdfPig;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// Certificates on the web: the holder downloads the PDF (its text read back), others may not, and the public verify
/// page says 有效, 已撤销 or 未找到 with the name partly masked.
/// </summary>
public abstract class CertificateWebTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Holder = "张三明";
    private static readonly CertificateGrant Exam = new(CertificateSource.Exam, "charter-2026", "2026年党章知识考试", 1.5);
    private readonly TestFolder _folder = new();
    private TestDatabase? _database;
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        if (storage == StorageProvider.Postgres && PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(storage);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _database.ConnectionString, $"--Storage:Provider={storage}", "--Web:PublicUrl=https://xuexi.example.cn");
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _host.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task TheHolderDownloadsAPdfThatSaysWhoCompletedWhatAndItsSerial()
    {
        RequireServer();
        using var holder = await SignInAsync(Holder);
        var certificate = await IssueAsync(Holder);

        using var response = await holder.Http.GetAsync(new Uri($"/certificates/{certificate.Serial}.pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("结业证书", text, StringComparison.Ordinal);
        Assert.Contains(Holder, text, StringComparison.Ordinal);
        Assert.Contains("《2026年党章知识考试》", text, StringComparison.Ordinal);
        Assert.Contains("共计1.5学时", text, StringComparison.Ordinal);
        Assert.Contains("2026年", text, StringComparison.Ordinal);
        Assert.Contains(CertificateSerial.Display(certificate.Serial), text, StringComparison.Ordinal);
        Assert.Contains($"https://xuexi.example.cn/verify/{certificate.Serial}", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheCertificatesPageListsTheHoldersCertificatesWithTheirLinks()
    {
        RequireServer();
        using var holder = await SignInAsync(Holder);
        var certificate = await IssueAsync(Holder);

        var page = await holder.GetStringAsync("/certificates");

        Assert.Contains("《2026年党章知识考试》", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/certificates/{certificate.Serial}.pdf\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/verify/{certificate.Serial}\"", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnotherMemberMayNotDownloadItAndASignedOutVisitorIsSentToSignIn()
    {
        RequireServer();
        await SignInAsync(Holder);
        var certificate = await IssueAsync(Holder);
        using var other = await SignInAsync("李四");
        using var anonymous = new WebSession(_host.Address);

        using var refused = await other.Http.GetAsync(new Uri($"/certificates/{certificate.Serial}.pdf", UriKind.Relative));
        using var redirected = await anonymous.Http.GetAsync(new Uri($"/certificates/{certificate.Serial}.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("只能下载本人的证书", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/signin", redirected.Headers.Location?.OriginalString.Replace(_host.Address.ToString(), "/", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheVerifyPageSaysValidWithTheNamePartlyMasked()
    {
        RequireServer();
        await SignInAsync(Holder);
        var certificate = await IssueAsync(Holder);
        using var anonymous = new WebSession(_host.Address);

        using var response = await anonymous.Http.GetAsync(new Uri($"/verify/{CertificateSerial.Display(certificate.Serial).ToLowerInvariant()}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("有效", page, StringComparison.Ordinal);
        Assert.Contains("张*明", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Holder, page, StringComparison.Ordinal);
        Assert.Contains("2026年党章知识考试", page, StringComparison.Ordinal);
        Assert.Contains("1.5", page, StringComparison.Ordinal);
        Assert.Contains(OrgWork.Bot.Core.Certificates.Rendering.CertificateView.FormatDate(certificate.IssuedOn), page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnUnknownOrMistypedSerialIsNotFound()
    {
        RequireServer();
        using var anonymous = new WebSession(_host.Address);

        using var unknown = await anonymous.Http.GetAsync(new Uri($"/verify/{CertificateSerial.Create()}", UriKind.Relative));
        using var mistyped = await anonymous.Http.GetAsync(new Uri("/verify/ABCDEFGHJKMNP", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, mistyped.StatusCode));
        Assert.Contains("未找到", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("未找到", await mistyped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ARevokedCertificateSaysSoAndIsNoLongerDownloaded()
    {
        RequireServer();
        using var holder = await SignInAsync(Holder);
        var certificate = await IssueAsync(Holder);
        await _host.Services.GetRequiredService<CertificateRevocation>().RevokeAsync(certificate.Serial, "信息有误", null, CancellationToken.None);
        using var anonymous = new WebSession(_host.Address);

        using var verify = await anonymous.Http.GetAsync(new Uri($"/verify/{certificate.Serial}", UriKind.Relative));
        using var download = await holder.Http.GetAsync(new Uri($"/certificates/{certificate.Serial}.pdf", UriKind.Relative));
        var page = await verify.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("已撤销", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">有效<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("信息有误", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, download.StatusCode);
    }

    private void RequireServer()
    {
        if (storage == StorageProvider.Postgres)
        {
            PostgresTestServer.RequireConnectionString();
        }
    }

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var signIn = await session.SignInLocallyAsync(name);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await session.SendAsync("/start");
        return session;
    }

    private async Task<Certificate> IssueAsync(string name)
    {
        var issuer = _host.Services.GetRequiredService<CertificateIssuer>();
        return await _host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var certificate = await issuer.IssueOnceAsync(db, LocalLearnerId.For(name), Exam, DateTime.UtcNow, CancellationToken.None);
            await transaction.CommitAsync();
            return certificate;
        });
    }
}

public sealed class CertificateWebTestsOnSqlite() : CertificateWebTests(StorageProvider.Sqlite);

public sealed class CertificateWebTestsOnPostgres() : CertificateWebTests(StorageProvider.Postgres);
