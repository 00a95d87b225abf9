using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OrgWork.Bot.Core.Knowledge.Ingestion;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class PolicyParserTests
{
    [Fact]
    public void MarkdownFrontMatterGivesTitleAndMetadataAndHeadingsGiveSectionPaths()
    {
        const string text = """
            ---
            title: 党费收缴使用管理规定
            number: 组通〔2024〕2号
            issuer: 县委组织部
            effective: 2024-03-01
            superseded_by: dangfei-2025
            ---
            ## 第一章 交纳标准
            ### 第一条
            党员按月交纳党费。
            ## 第二章 收缴
            党费由党支部按月收缴，**不得**代交。
            """;

        var policy = PolicyFileParser.Parse("dangfei", "policies/dangfei.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal("党费收缴使用管理规定", policy.Title);
        Assert.Equal("组通〔2024〕2号", policy.Metadata.Number);
        Assert.Equal("县委组织部", policy.Metadata.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 1), policy.Metadata.Effective);
        Assert.Equal("dangfei-2025", policy.Metadata.SupersededBy);
        Assert.Equal(["第一章 交纳标准", "第一条"], policy.Sections[0].HeadingPath);
        Assert.Equal(["第二章 收缴"], policy.Sections[1].HeadingPath);
        Assert.Equal("党费由党支部按月收缴，不得代交。", policy.Sections[1].Text);
    }

    [Fact]
    public void MarkdownWithoutFrontMatterTakesTheFirstTopHeadingAsTitle()
    {
        var policy = PolicyFileParser.Parse("a", "policies/a.md", Encoding.UTF8.GetBytes("# 村务公开办法\n\n正文。\n"));

        Assert.Equal("村务公开办法", policy.Title);
        Assert.Empty(policy.Sections[0].HeadingPath);
    }

    [Fact]
    public void AnEffectiveDateInAnotherFormatIsAWarningNotAFailure()
    {
        var policy = PolicyFileParser.Parse("a", "policies/a.md", Encoding.UTF8.GetBytes("---\ntitle: 办法\neffective: 2024年3月1日\n---\n正文。\n"));

        Assert.Null(policy.Metadata.Effective);
        Assert.Contains(policy.Warnings, w => w.Contains("effective", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainTextUsesTheFirstLineAsTitleAndChapterLinesAsHeadings()
    {
        const string text = "村级组织运转经费保障办法\n第一章 报酬\n书记报酬不低于人均收入的2倍。\n（一）补充说明\n其他说明。\n第十条 本条是正文而非标题。\n";

        var policy = PolicyFileParser.Parse("v", "policies/v.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("村级组织运转经费保障办法", policy.Title);
        Assert.Equal(["第一章 报酬"], policy.Sections[0].HeadingPath);
        Assert.Equal(["第一章 报酬", "（一）补充说明"], policy.Sections[1].HeadingPath);
        Assert.Contains("第十条 本条是正文而非标题。", policy.Sections[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainTextFileThatOpensWithAParagraphIsTitledByItsFileName()
    {
        const string text = "为进一步加强村级组织建设，保障村级组织正常运转，根据上级有关规定，结合本县实际，现就村级组织运转经费保障工作提出如下意见，请各乡镇认真贯彻执行。\n村级组织办公经费每村每年不少于2万元。\n";

        var policy = PolicyFileParser.Parse("v", "policies/村级组织运转经费.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("村级组织运转经费", policy.Title);
        Assert.Contains("为进一步加强村级组织建设", policy.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordDocumentsGiveTitleAndHeadingsFromParagraphStyles()
    {
        var bytes = Docx(("Title", "驻村第一书记管理办法"), ("Heading1", "第一章 职责"), (null, "第一书记负责建强村党组织。"), ("2", "第一节 考核"), (null, "每年考核一次。"));

        var policy = PolicyFileParser.Parse("d", "policies/d.docx", bytes);

        Assert.Equal("驻村第一书记管理办法", policy.Title);
        Assert.Equal(["第一章 职责"], policy.Sections[0].HeadingPath);
        Assert.Equal("第一书记负责建强村党组织。", policy.Sections[0].Text);
        Assert.Equal(["第一章 职责", "第一节 考核"], policy.Sections[1].HeadingPath);
    }

    internal static byte[] Docx(params (string? Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (style, text) in paragraphs)
            {
                var paragraph = new Paragraph(new Run(new Text(text)));
                if (style is not null)
                {
                    paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                }

                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
