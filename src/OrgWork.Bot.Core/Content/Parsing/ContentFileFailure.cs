using System.Security;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Turns an exception met while reading or parsing one content file into that file's diagnostic, so one
/// bad file (a dangling editor link, no permission, input the Markdown parser gives up on) never stops the
/// rest from loading.
/// </summary>
internal static class ContentFileFailure
{
    public static void Report(DiagnosticBag diagnostics, string fullPath, Exception exception)
    {
        switch (exception)
        {
            case FileNotFoundException or DirectoryNotFoundException when DanglingTarget(fullPath) is { } target:
                diagnostics.Add(UiText.Diagnostics.FileDanglingLink, 1, target);
                break;
            case UnauthorizedAccessException or SecurityException:
                diagnostics.Add(UiText.Diagnostics.FilePermissionDenied, 1);
                break;
            case IOException:
                diagnostics.Add(UiText.Diagnostics.FileUnreadable, 1, DiagnosticReason.ForIo(exception));
                break;
            default:
                diagnostics.Add(UiText.Diagnostics.FileUnparsable, 1, DiagnosticReason.ForParser(exception));
                break;
        }
    }

    private static string? DanglingTarget(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
