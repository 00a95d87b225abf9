using System.Net;
using System.Text;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>
/// The real program (<c>serve</c>) with what a county would really have: the shipped content only and a roster of
/// members in village and office branches, imported with <c>roster import</c>, each with an activation code from
/// <c>roster codes</c>. The README's screenshots are taken here, so they show no test data.
/// </summary>
public sealed class ShowcaseHostFixture : IAsyncLifetime, IDisposable
{
    public const string Password = "hongse-2026";
    public const string Party = "城关镇党委";

    // Name, 手机号, branch, role. 李敏 of the organisation department is the admin.
    private static readonly (string Name, string Phone, string Branch, string Role)[] Roster =
    [
        ("李敏", "13907310001", "县委组织部机关党支部", "管理员"),
        ("王建国", "13907310011", "红星村党支部", ""),
        ("陈桂英", "13907310012", "红星村党支部", ""),
        ("赵志强", "13907310013", "红星村党支部", ""),
        ("刘永福", "13907310014", "红星村党支部", ""),
        ("张海燕", "13907310021", "青山村党支部", ""),
        ("孙立新", "13907310022", "青山村党支部", ""),
        ("周红梅", "13907310023", "青山村党支部", ""),
        ("吴明辉", "13907310031", "城关镇机关党支部", ""),
        ("郑丽娟", "13907310032", "城关镇机关党支部", ""),
        ("黄国庆", "13907310033", "城关镇机关党支部", ""),
    ];

    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(120);
    private readonly WorkFolder _work = new();
    private readonly Dictionary<string, (string Phone, string Code)> _codes = new(StringComparer.Ordinal);
    private BotProcess? _bot;

    public Uri Address { get; private set; } = null!;

    public string Output => _bot is null ? "" : _bot.Output + _bot.Errors;

    public static IEnumerable<string> Branches => Roster.Select(m => m.Branch).Distinct();

    /// <summary>The member's 手机号 and activation code.</summary>
    public (string Phone, string Code) Member(string name) => _codes[name];

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_work.Path, "content");
        CopyFolder(BotProcess.ShippedContent, content);
        var settings = _work.Settings(content);
        var csv = Roster.Select(m => $"{m.Name},{m.Phone},{m.Branch},{Party},{m.Role}").Prepend("姓名,手机号,所属支部,上级党组织,角色");
        await File.WriteAllLinesAsync(Path.Combine(_work.Path, "名册.csv"), csv, Encoding.UTF8);
        await RunAsync(["roster", "import", "名册.csv", .. settings]);
        foreach (var branch in Branches)
        {
            await RunAsync(["roster", "codes", "--branch", branch, "--csv", "codes.csv", .. settings]);
            foreach (var line in (await File.ReadAllLinesAsync(Path.Combine(_work.Path, "codes.csv"), Encoding.UTF8)).Skip(1))
            {
                var cells = line.Split(',');
                _codes[cells[0]] = (cells[1], cells[3]);
            }
        }

        var port = LoopbackPort.Free();
        Address = new Uri($"http://127.0.0.1:{port}");
        _bot = BotProcess.Start(_work.Path, [.. settings, $"--Http:Urls={Address.ToString().TrimEnd('/')}", "--Content:Watch=false"]);
        await WaitForHealthAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _bot?.Dispose();
        _bot = null;
        _work.Dispose();
    }

    private async Task RunAsync(string[] arguments)
    {
        var (exitCode, output, errors) = await BotProcess.RunAsync(_work.Path, "", CliTimeout, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} failed ({exitCode}):\n{output}\n{errors}");
        }
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
