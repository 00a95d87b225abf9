using System.Net;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>
/// The real program (<c>serve</c>) as a child process on a free loopback port, without a bot token (so local sign-in
/// is on), with the shipped content plus a course whose lesson holds raw HTML, and one admin: the local user
/// <see cref="AdminName"/>.
/// </summary>
public sealed class WebHostFixture : IAsyncLifetime, IDisposable
{
    public const string AdminName = "管理员老李";

    private readonly WorkFolder _work = new();
    private BotProcess? _bot;

    public Uri Address { get; private set; } = null!;

    public string Output => _bot is null ? "" : _bot.Output + _bot.Errors;

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_work.Path, "content");
        CopyFolder(BotProcess.ShippedContent, content);
        WriteHtmlCourse(Path.Combine(content, "courses", "zz-html"));
        var port = LoopbackPort.Free();
        Address = new Uri($"http://127.0.0.1:{port}");
        _bot = BotProcess.Start(_work.Path,
        [
            .. _work.Settings(content),
            $"--Http:Urls={Address.ToString().TrimEnd('/')}",
            $"--Bot:Admins:0={LocalLearnerId.For(AdminName)}",
            "--Content:Watch=false",
        ]);
        await WaitForHealthAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // xunit calls both DisposeAsync and Dispose on a fixture.
        _bot?.Dispose();
        _bot = null;
        _work.Dispose();
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the web host did not start:\n" + Output);
    }

    private static void WriteHtmlCourse(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "course.md"), """
            ---
            title: 网页转义测试
            order: 99
            ---
            课程简介 <img src=x onerror=alert(3)>
            """);
        File.WriteAllText(Path.Combine(folder, "01-html.md"), """
            ---
            title: 含有 HTML 的课时
            minutes: 5
            order: 1
            ---
            正文一 <script>alert(2)</script> 正文二

            <div onclick="alert(4)">块级 HTML</div>

            [危险链接](javascript:alert(5)) 与 [正常链接](https://example.org/a?b=1&c=2)
            """);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

}
