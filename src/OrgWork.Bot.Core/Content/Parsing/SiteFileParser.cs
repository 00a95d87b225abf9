using System.Globalization;
using Markdig;
using Markdig.Extensions.Yaml;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Reads a red-education site: front matter <c>title</c>, <c>minutes</c> and <c>place</c>; the body describes it.</summary>
public static class SiteFileParser
{
    public static RedSite? Parse(string text, string relativePath, string slug, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Site);

        var minutes = 0;
        if (!front.Values.TryGetValue("minutes", out var minutesValue))
        {
            diagnostics.Add(UiText.Diagnostics.SiteNoMinutes, 1);
        }
        else if (!int.TryParse(minutesValue.Scalar, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes <= 0)
        {
            diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, minutesValue.Line, "minutes", minutesValue.Scalar);
        }

        var place = front.Text("place") ?? "";
        if (place.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.SiteNoPlace, 1);
        }

        return diagnostics.HasErrors
            ? null
            : new RedSite
            {
                Slug = slug,
                Title = front.Text("title")!,
                Minutes = minutes,
                Place = place,
                Description = renderer.RenderBlocks(document.Where(b => b is not YamlFrontMatterBlock)),
                SourcePath = relativePath,
            };
    }
}
