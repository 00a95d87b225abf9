using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Knowledge.Synonyms;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class SynonymTableTests
{
    private static readonly SynonymTable Table = SynonymFileParser.Parse("- 报酬：工资、薪水\n- 青年干部：年轻干部\n", new DiagnosticBag("synonyms.md"));

    [Fact]
    public void MembersWordsAreReadAsTheDocumentsWords() =>
        Assert.Equal("乡镇干部报酬比县直机关高多少，青年干部呢", Table.ToDocumentWords("乡镇干部工资比县直机关高多少，年轻干部呢"));

    [Fact]
    public void AWordHasTheFormsOfItsGroup() =>
        Assert.Equal(["年轻干部", "青年干部"], Table.Forms("年轻干部").ToList());

    [Fact]
    public void ProblemsAreReportedAtTheirLines()
    {
        var bag = new DiagnosticBag("content/synonyms.md");

        SynonymFileParser.Parse("---\ntitle: 表\n---\n- 报酬：工资\n- 待遇\n- 补贴：工资\n说明文字\n", bag);

        Assert.Equal(
            ["content/synonyms.md:5: 错误 [CT601]", "content/synonyms.md:6: 警告 [CT602]", "content/synonyms.md:7: 警告 [CT603]"],
            bag.Items.Select(d => d.ToString()[..d.ToString().IndexOf(']', StringComparison.Ordinal)] + "]"));
    }
}
