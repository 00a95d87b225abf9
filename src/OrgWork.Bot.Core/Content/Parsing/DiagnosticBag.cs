namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Collects every problem of one file; parsing never stops at the first.</summary>
public sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path { get; } = path;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(int line, string message) => _items.Add(new Diagnostic(Path, Math.Max(line, 1), DiagnosticLevel.Error, message));

    public void Warning(int line, string message) => _items.Add(new Diagnostic(Path, Math.Max(line, 1), DiagnosticLevel.Warning, message));
}
