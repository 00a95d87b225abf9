using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>With <c>Web:KeyCertificatePath</c> the session keys kept in the database are encrypted with that certificate.</summary>
public sealed class SessionKeyEncryptionTests : IDisposable
{
    private const string Password = "测试-pfx-密码";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Delete();

    [Fact]
    public async Task KeysAreStoredEncryptedAndASessionOutlivesARestartWithTheSameCertificate()
    {
        var certificate = WriteCertificate("keys.pfx");
        var session = await SignInAndStopAsync(certificate, "学员丙");

        var keys = await KeysAsync();
        await using var restarted = await StartAsync(certificate);
        using var chat = await OpenChatAsync(restarted, session);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the plain master key
        });
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode); // not sent to sign in: the restarted service read the encrypted key
    }

    [Fact]
    public async Task WithoutTheCertificateTheStoredKeysCannotBeReadAndTheSessionIsRefused()
    {
        var session = await SignInAndStopAsync(WriteCertificate("keys.pfx"), "学员丁");

        await using var withoutCertificate = await StartAsync(null);
        using var chat = await OpenChatAsync(withoutCertificate, session);

        Assert.Equal(HttpStatusCode.Redirect, chat.StatusCode);
        Assert.StartsWith("/signin", chat.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableCertificateStopsStartUpNamingTheSetting()
    {
        var path = Path.Combine(_folder.Path, "broken.pfx");
        await File.WriteAllTextAsync(path, "not a certificate");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(path));

        Assert.StartsWith($"Web:KeyCertificatePath: cannot read {path}", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Signs in locally on a service started with <paramref name="certificate"/>, stops it, and returns the session cookie.</summary>
    private async Task<Cookie> SignInAndStopAsync(string certificate, string name)
    {
        await using var app = await StartAsync(certificate);
        using var web = new WebSession(new Uri(app.Urls.First()));
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInLocallyAsync(name)).StatusCode);
        await app.StopAsync();
        return web.Cookies.GetAllCookies().Single(c => c.Name == "orgwork.session");
    }

    private static async Task<HttpResponseMessage> OpenChatAsync(WebApplication app, Cookie session)
    {
        using var web = new WebSession(new Uri(app.Urls.First()));
        web.Cookies.Add(web.Http.BaseAddress!, new Cookie(session.Name, session.Value, "/"));
        return await web.Http.GetAsync(new Uri("/", UriKind.Relative));
    }

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected PKCS #12 file.</summary>
    private string WriteCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OrgWork.Bot session keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    private async Task<WebApplication> StartAsync(string? certificatePath)
    {
        string[] certificate = certificatePath is null ? [] : [$"--Web:KeyCertificatePath={certificatePath}", $"--Web:KeyCertificatePassword={Password}"];
        var app = await ServeVerb.CreateAppAsync(
        [
            $"--ConnectionStrings:OrgWork={_folder.ConnectionString}",
            $"--Content:Root={_folder.ContentRoot}",
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. certificate,
        ], CancellationToken.None);
        await app.StartAsync();
        return app;
    }

    private async Task<List<string>> KeysAsync()
    {
        var options = new DbContextOptionsBuilder<OrgWorkDbContext>().UseSqlite(_folder.ConnectionString).Options;
        await using var db = new OrgWorkDbContext(options);
        return await db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync();
    }
}
