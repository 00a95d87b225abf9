using System.Globalization;
using Markdig;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>Reads a policy's front matter (<c>title, number, issuer, effective, superseded_by</c>) with the content reader's rules.</summary>
internal static class PolicyFrontMatter
{
    public static (string? Title, PolicyMetadata Metadata) Read(string text, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (null, PolicyMetadata.None);
        }

        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Policy, titleRequired: false);
        DateOnly? effective = null;
        if (front.Values.TryGetValue("effective", out var value))
        {
            if (DateOnly.TryParseExact(value.Scalar?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                effective = date;
            }
            else
            {
                diagnostics.Add(UiText.Diagnostics.PolicyEffectiveNotDate, value.Line, value.Scalar);
            }
        }

        var metadata = new PolicyMetadata(
            Blank(front.Text("number")), Blank(front.Text("issuer")), effective, Blank(front.Text("superseded_by")));
        return (Blank(front.Text("title")), metadata);
    }

    /// <summary>The text after the front matter block (all of it when there is none).</summary>
    public static string Body(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var close = firstLineEnd < 0 ? -1 : text.IndexOf("\n---", firstLineEnd, StringComparison.Ordinal);
        if (close < 0)
        {
            return text;
        }

        var after = text.IndexOf('\n', close + 4);
        return after < 0 ? "" : text[(after + 1)..];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
