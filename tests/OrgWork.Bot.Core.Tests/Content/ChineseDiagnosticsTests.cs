using System.Text;
using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

/// <summary>
/// What a trainer reads is Chinese, including what the YAML and Markdown libraries and the file system report:
/// their kinds of error become Chinese reasons, at the line they point to.
/// </summary>
public partial class ChineseDiagnosticsTests
{
    private const string Lesson = "courses/alpha/03-bad.md";

    /// <summary>Terms the guide teaches as they are (key names, formats, file names), and nothing else in Latin letters.</summary>
    private static readonly string[] Terms =
    [
        "front matter", "YAML", "UTF-8", "GB18030", "GBK", "Excel", "Windows", "Markdown", "Tab", "CSV", "GIFT", "Aiken", "ANSWER",
        "course.md", "title", "minutes", "order", "effective", "answer", "YYYY-MM-DD", "Content:MaxFileBytes",
    ];

    public static TheoryData<string, int, string> BadFrontMatter => new()
    {
        { "title: \"未闭合\nminutes: 5", 2, UiText.DiagnosticReasons.YamlUnclosedQuote },
        { "title: '未闭合\nminutes: 5", 2, UiText.DiagnosticReasons.YamlUnclosedQuote },
        { "title: 党章: 总纲\nminutes: 5", 2, UiText.DiagnosticReasons.YamlColonInValue },
        { "title: 党章\n  minutes: 5", 3, UiText.DiagnosticReasons.YamlColonInValue },
        { "title: 党章\n\tminutes: 5", 2, UiText.DiagnosticReasons.YamlTab },
        { "title: 甲\nminutes: 5\ntitle: 乙", 4, UiText.DiagnosticReasons.YamlDuplicateKey },
        { "title: [党章, 总纲\nminutes: 5", 2, UiText.DiagnosticReasons.YamlUnclosedBracket },
        { "title: {党章: 总纲\nminutes: 5", 2, UiText.DiagnosticReasons.YamlUnclosedBracket },
        { "title: *党章\nminutes: 5", 2, UiText.DiagnosticReasons.YamlAlias },
        { "title: @党章\nminutes: 5", 2, UiText.DiagnosticReasons.YamlReservedCharacter },
        { "title: 党章\n- 总纲", 3, UiText.DiagnosticReasons.YamlStructure },
    };

    [Theory]
    [MemberData(nameof(BadFrontMatter))]
    public async Task EachKindOfYamlErrorIsExplainedInChineseAtItsLine(string frontMatter, int line, string reason)
    {
        using var content = new TempContent();
        content.Write(Lesson, $"---\n{frontMatter}\n---\n正文。\n");

        var result = await TestLoader.LoadAsync(content.Root);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Path == content.Display(Lesson) && d.IsError);
        Assert.Equal(("CT104", line), (diagnostic.Code.Id, diagnostic.Line));
        Assert.EndsWith("：" + reason, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMarkdownParsersDepthLimitIsExplainedInChinese()
    {
        using var content = new TempContent();
        content.Write(Lesson, BadContentFiles.TooDeeplyNested);

        var result = await TestLoader.LoadAsync(content.Root);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Path == content.Display(Lesson));
        Assert.Equal("CT009", diagnostic.Code.Id);
        Assert.EndsWith(UiText.DiagnosticReasons.TooDeeplyNested, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkLoopIsExplainedInChinese()
    {
        using var content = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Root, Lesson), "03-bad.md");

        var result = await TestLoader.LoadAsync(content.Root);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Path == content.Display(Lesson));
        Assert.Equal("CT008", diagnostic.Code.Id);
        Assert.EndsWith(UiText.DiagnosticReasons.LinkLoop, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoDiagnosticOfTheFixturesCarriesEnglishBeyondTheTermsTheGuideTeaches()
    {
        using var content = new TempContent(Path.Combine("diagnostics", "content"));
        content.WriteBytes("courses/codes/004-not-utf8.md", [.. Encoding.UTF8.GetBytes("---\ntitle: 编码\nminutes: 1\n---\n"), 0xC3, 0x28, (byte)'\n']);
        File.CreateSymbolicLink(Path.Combine(content.Root, "courses/codes/008-link-to-itself.md"), "008-link-to-itself.md");
        BadContentFiles.DanglingLink(content.Root, "courses/codes/006-dangling-link.md");
        foreach (var (frontMatter, index) in BadFrontMatter.Select((row, i) => ((string)row[0], i)))
        {
            content.Write($"courses/codes/9{index:00}-yaml.md", $"---\n{frontMatter}\n---\n正文。\n");
        }

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.DoesNotMatch(EnglishWord(), WithoutNamesAndTerms(d.Message)));
    }

    /// <summary>The message without what it quotes (“…”: keys, names, values), paths and file names, and the taught terms.</summary>
    private static string WithoutNamesAndTerms(string message)
    {
        var text = Quoted().Replace(message, "");
        text = PathLike().Replace(text, "");
        return Terms.Aggregate(text, (current, term) => current.Replace(term, "", StringComparison.Ordinal));
    }

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\w<>/.:-]*[/.][\w<>/.:-]*")]
    private static partial Regex PathLike();
}
