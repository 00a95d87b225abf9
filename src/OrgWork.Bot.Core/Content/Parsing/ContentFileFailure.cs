using System.Security;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Turns an exception met while reading or parsing one content file into that file's diagnostic, so one
/// bad file (a dangling editor link, no permission, input the Markdown parser gives up on) never stops the
/// rest from loading.
/// </summary>
internal static class ContentFileFailure
{
    public static string Describe(string fullPath, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException when DanglingTarget(fullPath) is { } target =>
            $"cannot read the file: it is a link to '{target}', which does not exist (an editor's lock file? delete the link)",
        UnauthorizedAccessException or SecurityException =>
            $"cannot read the file: permission denied ({exception.Message}); let the service's user read it",
        IOException =>
            $"cannot read the file: {exception.Message}",
        _ =>
            $"cannot parse the file ({exception.GetType().Name}: {exception.Message}); simplify the line or block the parser stops at",
    };

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
