using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>Reads a policy file (<c>.md</c>, <c>.txt</c>, <c>.docx</c>) from its bytes.</summary>
public static class PolicyFileParser
{
    /// <summary>
    /// The document's key: its path under <c>policies/</c> without extension (<c>党费/2019-规定</c>), unique and stable.
    /// </summary>
    public static string KeyOf(PolicyDocumentFile file)
    {
        var relative = file.RelativePath.Replace('\\', '/');
        var prefix = ContentLayout.PoliciesFolder + "/";
        if (relative.StartsWith(prefix, StringComparison.Ordinal))
        {
            relative = relative[prefix.Length..];
        }

        var extension = Path.GetExtension(relative);
        return extension.Length > 0 ? relative[..^extension.Length] : relative;
    }

    public static ParsedPolicy Parse(string key, string fileName, byte[] content)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var diagnostics = new DiagnosticBag(fileName);
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".docx":
                using (var stream = new MemoryStream(content, writable: false))
                {
                    return DocxPolicyParser.Parse(stream, key, stem);
                }

            case ".txt":
                return PlainTextPolicyParser.Parse(Decode(content), key, stem, diagnostics);
            default:
                return MarkdownPolicyParser.Parse(Decode(content), key, stem, diagnostics);
        }
    }

    private static string Decode(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
