namespace OrgWork.Bot.Core.Conversation;

/// <summary>Splits <c>/name@Bot arguments</c> into the command name and its arguments.</summary>
public static class CommandLine
{
    public static bool TryParse(string text, out string name, out string arguments)
    {
        name = "";
        arguments = "";
        if (text.Length < 2 || text[0] != '/')
        {
            return false;
        }

        var space = text.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? text[1..] : text[1..space];
        arguments = space < 0 ? "" : text[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        return name.Length > 0;
    }
}
