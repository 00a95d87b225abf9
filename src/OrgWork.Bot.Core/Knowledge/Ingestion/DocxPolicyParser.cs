using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>
/// A Word policy read with the Open XML SDK: paragraphs styled Title give the title (else the document's title
/// property, else the file name); Heading 1–6 (style ids <c>Heading1</c>… or Word's Chinese <c>1</c>…) or an outline
/// level give the sections. Word files carry no front matter, so they have no metadata.
/// </summary>
internal static class DocxPolicyParser
{
    public static ParsedPolicy Parse(Stream stream, string key, string fileStem)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        string? title = null;
        var collector = new SectionCollector();
        foreach (var paragraph in body?.Descendants<Paragraph>() ?? [])
        {
            var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            if (style.Equals("Title", StringComparison.OrdinalIgnoreCase) && title is null)
            {
                title = text;
            }
            else if (HeadingLevel(style, paragraph) is { } level)
            {
                collector.Heading(level, text);
            }
            else
            {
                collector.Line(text);
            }
        }

        title ??= document.PackageProperties.Title is { Length: > 0 } property ? property : fileStem;
        return new ParsedPolicy(key, title, PolicyMetadata.None, collector.Finish());
    }

    private static int? HeadingLevel(string style, Paragraph paragraph)
    {
        var digits = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) ? style["Heading".Length..] : style;
        if (int.TryParse(digits, out var level) && level is >= 1 and <= 6)
        {
            return level;
        }

        var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        return outline is >= 0 and <= 5 ? outline + 1 : null;
    }
}
