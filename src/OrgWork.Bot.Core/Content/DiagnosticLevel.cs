namespace OrgWork.Bot.Core.Content;

public enum DiagnosticLevel
{
    Warning,
    Error,
}
