namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Collects every problem of one file; parsing never stops at the first.</summary>
public sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path { get; } = path;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Records the problem <paramref name="code"/> at <paramref name="line"/>; its level comes with the code.</summary>
    public void Add(DiagnosticCode code, int line, params object?[] arguments) => _items.Add(code.At(Path, line, arguments));
}
