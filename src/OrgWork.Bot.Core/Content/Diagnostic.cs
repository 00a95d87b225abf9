using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>One problem found in a content file, printed as <c>path:line: 错误|警告 [CODE]: 说明</c>.</summary>
public sealed record Diagnostic(string Path, int Line, DiagnosticCode Code, string Message)
{
    public DiagnosticLevel Level => Code.Level;

    public bool IsError => Level == DiagnosticLevel.Error;

    public override string ToString() =>
        UiText.Format(UiText.DiagnosticLine, Path, Line, IsError ? UiText.DiagnosticError : UiText.DiagnosticWarning, Code.Id, Message);
}
