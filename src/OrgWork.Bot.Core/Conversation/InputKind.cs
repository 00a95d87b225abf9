namespace OrgWork.Bot.Core.Conversation;

public enum InputKind
{
    Text,
    Button,
    File,
}
