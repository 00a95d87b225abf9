namespace OrgWork.Bot.Core.Content;

/// <summary>The order every report shows problems in: by file, then by line; problems on one line keep the order they were found in.</summary>
public static class DiagnosticOrder
{
    public static List<Diagnostic> InReadingOrder(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
}
