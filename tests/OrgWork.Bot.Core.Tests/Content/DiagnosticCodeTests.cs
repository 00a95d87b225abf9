using System.Text;
using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Ingestion;
using OrgWork.Bot.Core.Publishing.Importing;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

/// <summary>
/// Every diagnostic code is produced by a fixture under <c>Fixtures/diagnostics</c> (files named after their code),
/// so the code table in the content guide never lists a problem that cannot happen, and no problem goes without a code.
/// </summary>
public partial class DiagnosticCodeTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "diagnostics");

    [Fact]
    public async Task EveryDefinedCodeIsProducedByAFixture()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var excused = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Only a bug in the loader itself ends in this; validate prints it instead of a stack trace.
            [UiText.Diagnostics.ValidationStopped.Id] = "a last line of defence against a loader bug",
        };

        produced.UnionWith(await ContentFolderCodesAsync(excused));
        produced.UnionWith(ImportCodes());
        produced.UnionWith(PolicyCodes());
        produced.UnionWith(Codes(await TestLoader.LoadAsync(Path.Combine(Fixtures, "no-such-folder"))));

        var defined = UiText.Diagnostics.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(produced.Except(defined));
        Assert.Empty(defined.Except(excused.Keys).Except(produced).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CodesAreUniqueAndNamedByGroup()
    {
        var ids = UiText.Diagnostics.All.Select(c => c.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(CodePattern(), id));
    }

    [Fact]
    public void TheContentGuideListsEveryCodeWithItsLevelAndWording()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrgWork.Bot.sln")))
        {
            folder = folder.Parent;
        }

        // The Chinese guide trainers read, and its English copy.
        foreach (var guide in new[] { Path.Combine("docs", "content-guide.md"), Path.Combine("docs", "en", "content-guide.md") })
        {
            var text = File.ReadAllText(Path.Combine(folder!.FullName, guide));
            Assert.All(UiText.Diagnostics.All, code => Assert.Contains(GuideRow(code), text, StringComparison.Ordinal));
        }
    }

    /// <summary>The guide's table row of a code: its level and its wording, with <c>…</c> where the file fills in.</summary>
    private static string GuideRow(DiagnosticCode code)
    {
        var wording = Placeholder().Replace(code.Template, "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        var level = code.Level == DiagnosticLevel.Error ? UiText.DiagnosticError : UiText.DiagnosticWarning;
        return $"| `{code.Id}` | {level} | {wording} |";
    }

    /// <summary>The fixture content folder, plus the problems a repository cannot hold: links, odd bytes, huge files, permissions.</summary>
    private static async Task<IEnumerable<string>> ContentFolderCodesAsync(Dictionary<string, string> excused)
    {
        using var content = new TempContent(Path.Combine("diagnostics", "content"));
        content.WriteBytes("courses/codes/003-too-large.md", Encoding.UTF8.GetBytes("---\ntitle: 超大\nminutes: 1\n---\n" + new string('字', 400_000)));
        content.WriteBytes("courses/codes/004-not-utf8.md", [.. Encoding.UTF8.GetBytes("---\ntitle: 编码\nminutes: 1\n---\n"), 0xC3, 0x28, (byte)'\n']);
        BadContentFiles.DanglingLink(content.Root, "courses/codes/006-dangling-link.md");
        File.CreateSymbolicLink(Path.Combine(content.Root, "courses/codes/008-link-to-itself.md"), "008-link-to-itself.md");
        // A second folder for the same course slug; made here because it differs from "codes" only in case.
        content.Write("courses/Codes/course.md", "---\ntitle: 重名课程\n---\n");
        if (!BadContentFiles.TryMakeUnreadable(content.Root, "courses/codes/007-unreadable.md", "---\ntitle: 无权读取\n---\n"))
        {
            excused[UiText.Diagnostics.FilePermissionDenied.Id] = "this user reads files without read permission (root)";
        }

        if (!TryMakeFolderUnreadable(Path.Combine(content.Root, "courses", "locked")))
        {
            excused[UiText.Diagnostics.FolderUnreadable.Id] = "this user lists folders without permission (root)";
        }

        return Codes(await TestLoader.LoadAsync(content.Root));
    }

    private static IEnumerable<string> ImportCodes()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Fixtures, "import"))
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Append(("520-unknown-encoding.csv", [0xFF, 0xFF, 0xFF, (byte)'\n']))
            .Append(("005-empty.csv", []));
        return files.SelectMany(f => QuestionImporter.Import(f.Name, f.Bytes, "导入").Diagnostics).Select(d => d.Code.Id);
    }

    private static IEnumerable<string> PolicyCodes() =>
        Directory.EnumerateFiles(Path.Combine(Fixtures, "policies"))
            .SelectMany(f => PolicyFileParser.Parse("样例", Path.GetFileName(f), File.ReadAllBytes(f)).Warnings)
            .Select(w => CodeInLine().Match(w).Groups[1].Value);

    private static IEnumerable<string> Codes(ContentLoadResult result) => result.Diagnostics.Select(d => d.Code.Id);

    private static bool TryMakeFolderUnreadable(string folder)
    {
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            _ = Directory.EnumerateFileSystemEntries(folder).ToList();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^CT[0-8]\d\d$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[(CT\d{3})\]")]
    private static partial Regex CodeInLine();
}
