using System.Security;
using OrgWork.Bot.Core.Conversation;
using YamlDotNet.Core;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Maps the kind of an exception from the file system, Markdig or YamlDotNet to a Chinese reason a trainer can
/// act on (<see cref="UiText.DiagnosticReasons"/>). The libraries' English messages stay in the logs only.
/// </summary>
internal static class DiagnosticReason
{
    // Linux errno values that .NET carries in an IOException's HResult on Unix.
    private const int ErrnoLinkLoop = 40;
    private const int ErrnoNameTooLong = 36;
    private const int ErrnoBusy = 16;

    /// <summary>YamlDotNet's wording of each kind of error, most specific first.</summary>
    private static readonly (string Wording, string Reason)[] Kinds =
    [
        ("tab character", UiText.DiagnosticReasons.YamlTab),
        ("duplicate key", UiText.DiagnosticReasons.YamlDuplicateKey),
        ("quoted scalar", UiText.DiagnosticReasons.YamlUnclosedQuote),
        ("flow sequence", UiText.DiagnosticReasons.YamlUnclosedBracket),
        ("flow mapping", UiText.DiagnosticReasons.YamlUnclosedBracket),
        ("invalid mapping", UiText.DiagnosticReasons.YamlColonInValue),
        ("mapping values are not allowed", UiText.DiagnosticReasons.YamlColonInValue),
        ("anchor", UiText.DiagnosticReasons.YamlAlias),
        ("alias", UiText.DiagnosticReasons.YamlAlias),
        ("cannot start any token", UiText.DiagnosticReasons.YamlReservedCharacter),
        ("block mapping", UiText.DiagnosticReasons.YamlStructure),
        ("block collection", UiText.DiagnosticReasons.YamlStructure),
        ("indentation", UiText.DiagnosticReasons.YamlStructure),
    ];

    /// <summary>Why a file or folder could not be read.</summary>
    public static string ForIo(Exception exception) => exception switch
    {
        UnauthorizedAccessException or SecurityException => UiText.DiagnosticReasons.NoPermission,
        FileNotFoundException or DirectoryNotFoundException => UiText.DiagnosticReasons.Vanished,
        PathTooLongException => UiText.DiagnosticReasons.PathTooLong,
        IOException { HResult: ErrnoLinkLoop } => UiText.DiagnosticReasons.LinkLoop,
        IOException { HResult: ErrnoNameTooLong } => UiText.DiagnosticReasons.PathTooLong,
        IOException { HResult: ErrnoBusy } => UiText.DiagnosticReasons.InUse,
        _ => UiText.DiagnosticReasons.IoError,
    };

    /// <summary>Why the Markdown parser gave up on a file.</summary>
    public static string ForParser(Exception exception) => exception switch
    {
        InsufficientExecutionStackException => UiText.DiagnosticReasons.TooDeeplyNested,
        // Markdig's depth limit (an ArgumentException with no type of its own).
        ArgumentException when Mentions(exception, "too deeply nested") => UiText.DiagnosticReasons.TooDeeplyNested,
        _ => UiText.DiagnosticReasons.ParserFailed,
    };

    /// <summary>
    /// What is wrong with front matter YamlDotNet refused. Its exceptions carry a position but no kind beyond
    /// syntax or semantics, so the kind is read from the scanner's and parser's fixed wording.
    /// </summary>
    public static string ForYaml(Exception exception)
    {
        if (exception is not YamlException)
        {
            // The stream ended inside a value: YamlDotNet's loader meets an unfinished flow collection this way.
            return UiText.DiagnosticReasons.YamlUnclosedBracket;
        }

        return Kinds.FirstOrDefault(k => Mentions(exception, k.Wording)).Reason ?? UiText.DiagnosticReasons.YamlOther;
    }

    private static bool Mentions(Exception exception, string wording) =>
        exception.Message.Contains(wording, StringComparison.OrdinalIgnoreCase)
        || exception.InnerException?.Message.Contains(wording, StringComparison.OrdinalIgnoreCase) == true;
}
