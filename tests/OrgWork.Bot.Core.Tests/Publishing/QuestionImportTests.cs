using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing.Importing;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Publishing;

public class QuestionImportTests
{
    private static QuestionImport Import(string fixture) =>
        QuestionImporter.Import(fixture, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", fixture)), Path.GetFileNameWithoutExtension(fixture));

    /// <summary>The converted Markdown, loaded as a question bank by the real content loader.</summary>
    private static async Task<(QuestionBank? Bank, IReadOnlyList<Diagnostic> Diagnostics)> LoadAsync(QuestionImport import)
    {
        using var content = new TempContent();
        content.Write("quizzes/imported.md", import.Bank!.Markdown);
        var result = await TestLoader.LoadAsync(content.Root);
        var diagnostics = result.Diagnostics.Where(d => d.Path.EndsWith("imported.md", StringComparison.Ordinal)).ToList();
        return (result.Catalogue.Banks.SingleOrDefault(b => b.Slug == "imported"), diagnostics);
    }

    private static Question Find(QuestionBank bank, string start) =>
        bank.Questions.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task GiftChoiceTrueFalseAndFillInQuestionsBecomeAValidBank()
    {
        var import = Import("party-history.gift");

        Assert.Equal(QuestionFormat.Gift, import.Format);
        Assert.Empty(import.Diagnostics);
        var (bank, diagnostics) = await LoadAsync(import);
        Assert.Empty(diagnostics);
        Assert.NotNull(bank);
        Assert.Equal(6, bank.Questions.Count);

        var single = Find(bank, "中央红军开始长征");
        Assert.Equal(QuestionKind.SingleChoice, single.Kind);
        Assert.Equal("1934年", single.CorrectOptions.Single().Text);
        Assert.Equal("正确：1934年10月从瑞金等地出发。", single.Explanation);

        var multiple = Find(bank, "下列哪些是长征途中的事件");
        Assert.Equal(QuestionKind.MultipleChoice, multiple.Kind);
        Assert.Equal(["遵义会议", "飞夺泸定桥"], multiple.CorrectOptions.Select(o => o.Text));
        Assert.Equal("遵义会议和飞夺泸定桥都发生在长征途中。", multiple.Explanation);

        var trueFalse = Find(bank, "遵义会议在长征途中召开");
        Assert.Equal(QuestionKind.TrueFalse, trueFalse.Kind);
        Assert.Equal("对", trueFalse.CorrectOptions.Single().Text);

        var blank = Find(bank, "红军长征到达陕北的落脚点是");
        Assert.Equal("红军长征到达陕北的落脚点是（　　）。", blank.Text);
        Assert.Equal("吴起镇", blank.CorrectOptions.Single().Text);

        var escaped = Find(bank, "数学");
        Assert.Equal("数学：1 = 1 吗？用 { 和 } 写花括号。", escaped.Text);
        Assert.Equal("当然相等。", escaped.Explanation);
    }

    [Fact]
    public async Task MarkdownCharactersInImportedTextStayLiteral()
    {
        var (bank, _) = await LoadAsync(Import("party-history.gift"));

        var question = Find(bank!, "选择带星号的选项");
        Assert.Equal(["*重点*", "_下划线_", "1. 编号"], question.Options.Select(o => o.Text));
    }

    [Fact]
    public void MalformedGiftIsReportedWithTheLineOfEachQuestion()
    {
        var import = Import("broken.gift");

        var errors = Located(import.Diagnostics.Where(d => d.IsError));
        Assert.Contains("broken.gift:2 CT509", errors);
        Assert.Contains("broken.gift:4 CT508", errors);
        Assert.Contains("broken.gift:6 CT506", errors);
        Assert.Contains("broken.gift:8 CT505", errors);
        Assert.Contains("broken.gift:14 CT501", errors);
        Assert.True(import.HasErrors);
    }

    [Fact]
    public async Task GiftProblemsTheValidatorFindsPointBackIntoTheGiftFile()
    {
        var import = Import("broken.gift");
        var (_, diagnostics) = await LoadAsync(import);

        // The validator reports on the Markdown; its lines map back to the trainer's file.
        var noCorrect = diagnostics.Single(d => d.Code == UiText.Diagnostics.QuestionNoCorrect);
        Assert.Equal(10, import.Bank!.SourceLine(noCorrect.Line));
        var duplicate = diagnostics.Single(d => d.Code == UiText.Diagnostics.DuplicateOption);
        Assert.Equal(12, import.Bank.SourceLine(duplicate.Line));
    }

    [Fact]
    public async Task AikenInATxtFileIsRecognisedWithChineseVariants()
    {
        var import = Import("village.txt");

        Assert.Equal(QuestionFormat.Aiken, import.Format);
        Assert.Empty(import.Diagnostics);
        var (bank, diagnostics) = await LoadAsync(import);
        Assert.Empty(diagnostics);
        Assert.Equal(3, bank!.Questions.Count);

        var first = Find(bank, "村集体经济组织的成员权");
        Assert.Equal("集体经济组织成员身份认定", first.CorrectOptions.Single().Text);
        Assert.Equal("依照集体经济组织成员身份认定办法确定。", first.Explanation);
        Assert.Equal(QuestionKind.MultipleChoice, Find(bank, "下列哪些属于").Kind);
        Assert.Equal("村民代表大会", Find(bank, "\"三会一课\"").CorrectOptions.Single().Text);
    }

    [Fact]
    public void MalformedAikenIsReportedLineByLine()
    {
        var import = Import("broken-aiken.txt");

        var errors = Located(import.Diagnostics.Where(d => d.IsError));
        Assert.Equal(["broken-aiken.txt:1 CT524", "broken-aiken.txt:3 CT526", "broken-aiken.txt:10 CT528", "broken-aiken.txt:17 CT526"], errors);
        Assert.Equal("broken-aiken.txt:10: 错误 [CT528]: 答案“E”不是已有的选项（A, B）", import.Diagnostics.Single(d => d.Line == 10).ToString());
        Assert.Equal(1, import.QuestionCount);
    }

    [Fact]
    public async Task CsvWithAHeaderReadsLettersNumbersTextAndTrueFalseAnswers()
    {
        var import = Import("rules.csv");

        Assert.Equal(QuestionFormat.Csv, import.Format);
        Assert.Empty(import.Diagnostics);
        var (bank, diagnostics) = await LoadAsync(import);
        Assert.Empty(diagnostics);
        Assert.Equal(4, bank!.Questions.Count);

        var first = Find(bank, "党的最高领导机关");
        Assert.Equal("党的全国代表大会和它所产生的中央委员会", first.CorrectOptions.Single().Text);
        Assert.Equal("见党章第十条。", first.Explanation);
        Assert.Equal(3, first.Options.Count);

        var quoted = Find(bank, "入党誓词中有\"永不叛党\"吗");
        Assert.Equal(QuestionKind.TrueFalse, quoted.Kind);
        Assert.Equal("对", quoted.CorrectOptions.Single().Text);

        var multiple = Find(bank, "下列哪些是党的纪律");
        Assert.Equal(["政治纪律", "组织纪律", "廉洁纪律, 群众纪律"], multiple.CorrectOptions.Select(o => o.Text));
        Assert.Equal("一年", Find(bank, "预备党员").CorrectOptions.Single().Text);
    }

    [Fact]
    public void MalformedCsvRowsAreReportedWithTheirLines()
    {
        var import = Import("broken.csv");

        var errors = Located(import.Diagnostics.Where(d => d.IsError));
        Assert.Equal(["broken.csv:2 CT515", "broken.csv:3 CT516", "broken.csv:4 CT209"], errors);
        Assert.Equal(1, import.QuestionCount);
    }

    [Fact]
    public void ACsvSavedByExcelInGbkIsReadWithAWarning()
    {
        var import = Import("excel-gbk.csv");

        Assert.Contains(import.Diagnostics, d => d.Code == UiText.Diagnostics.ImportReadAsGb18030);
        Assert.Contains("用GBK保存的题", import.Bank!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ATxtFileInNoKnownFormatIsRefused()
    {
        var import = QuestionImporter.Import("notes.txt", "只是一些笔记。\n没有题目。\n"u8.ToArray(), "notes");

        Assert.Null(import.Bank);
        Assert.Contains(import.Diagnostics, d => d.Code == UiText.Diagnostics.ImportUnknownFormat);
    }

    [Theory]
    [InlineData("1. 编号开头")]
    [InlineData("# 井号开头")]
    [InlineData("- 横线开头")]
    [InlineData("a <b> & c ~~d~~ ^e^ ++f++ ==g== [h](i) `j` \\k")]
    public async Task EscapedTextReadsBackUnchanged(string text)
    {
        var markdown = $"---\ntitle: t\n---\n## 测验\n\n1. {QuizMarkdownWriter.Escape(text)}\n   - [x] {QuizMarkdownWriter.Escape(text)}\n   - [ ] 另一个\n";
        using var content = new TempContent();
        content.Write("quizzes/escaped.md", markdown);

        var bank = (await TestLoader.LoadAsync(content.Root)).Catalogue.Banks.Single(b => b.Slug == "escaped");

        Assert.Equal(text, bank.Questions.Single().Text);
        Assert.Equal(text, bank.Questions.Single().Options[0].Text);
    }

    /// <summary>Each problem as <c>file:line CODE</c>, in the order reported.</summary>
    private static List<string> Located(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Path}:{d.Line} {d.Code.Id}").ToList();
}
