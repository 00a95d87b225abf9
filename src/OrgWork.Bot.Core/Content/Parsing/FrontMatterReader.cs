using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using OrgWork.Bot.Core.Conversation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Reads the YAML front matter that Markdig found, reporting problems with file line numbers.</summary>
public static class FrontMatterReader
{
    public static FrontMatter Read(MarkdownDocument document, DiagnosticBag diagnostics, IReadOnlySet<string> allowedKeys, bool titleRequired = true)
    {
        var block = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            if (titleRequired)
            {
                diagnostics.Add(UiText.Diagnostics.FrontMatterMissing, 1);
            }

            return FrontMatter.None;
        }

        // The block starts at its opening '---' (0-based); YAML's own line 1 is the line after it.
        var firstYamlLine = block.Line + 2;
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        var values = Parse(yaml, firstYamlLine, diagnostics);
        if (values is null)
        {
            return FrontMatter.None;
        }

        foreach (var (key, value) in values)
        {
            if (!allowedKeys.Contains(key))
            {
                diagnostics.Add(UiText.Diagnostics.FrontMatterUnknownKey, value.Line, key, string.Join(", ", allowedKeys));
            }
        }

        if (titleRequired && string.IsNullOrWhiteSpace(values.GetValueOrDefault("title")?.Scalar))
        {
            diagnostics.Add(UiText.Diagnostics.FrontMatterNoTitle, block.Line + 1);
        }

        return new FrontMatter(values);
    }

    private static Dictionary<string, FrontMatterValue>? Parse(string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, FrontMatterValue>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return values;
        }

        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports some syntax errors without a position; the last event read then tells the line.
            var yamlLine = ex is YamlException { Start.Line: > 0 } yamlError ? (int)yamlError.Start.Line : parser.LastLine;
            diagnostics.Add(UiText.Diagnostics.FrontMatterNotYaml, firstLine + Math.Max(yamlLine, 1) - 1, DiagnosticReason.ForYaml(ex));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(UiText.Diagnostics.FrontMatterNotKeyValue, firstLine);
            return null;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            var line = firstLine + (int)keyNode.Start.Line - 1;
            values[key] = valueNode switch
            {
                YamlScalarNode scalar => new FrontMatterValue(line, scalar.Value, null),
                YamlSequenceNode sequence when sequence.Children.Any(c => c is YamlMappingNode) => new FrontMatterValue(line, null, null, null,
                    [.. sequence.Children.Select(item => new FrontMatterRecord(
                        firstLine + (int)item.Start.Line - 1,
                        item is YamlMappingNode record ? Entries(record, firstLine) : []))]),
                YamlSequenceNode sequence => new FrontMatterValue(line, null,
                    sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()),
                YamlMappingNode map => new FrontMatterValue(line, null, null, Entries(map, firstLine)),
                _ => new FrontMatterValue(line, null, null),
            };
        }

        return values;
    }

    private static List<FrontMatterEntry> Entries(YamlMappingNode map, int firstLine) =>
    [
        .. map.Children.Select(entry => new FrontMatterEntry(
            firstLine + (int)entry.Key.Start.Line - 1,
            (entry.Key as YamlScalarNode)?.Value ?? entry.Key.ToString(),
            (entry.Value as YamlScalarNode)?.Value)),
    ];
}
