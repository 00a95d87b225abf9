namespace OrgWork.Bot.Core.Content;

/// <summary>One problem found in a content file, printed as <c>path:line: level: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, DiagnosticLevel Level, string Message)
{
    public bool IsError => Level == DiagnosticLevel.Error;

    public override string ToString() =>
        $"{Path}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
