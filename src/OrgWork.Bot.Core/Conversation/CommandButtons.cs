namespace OrgWork.Bot.Core.Conversation;

/// <summary>Buttons that run a command without arguments (e.g. 错题本 under a quiz summary), with the same role checks.</summary>
public static class CommandButtons
{
    public const string Action = "x";

    public static string For(string commandName) => ButtonPayload.Create(Action, commandName);
}
