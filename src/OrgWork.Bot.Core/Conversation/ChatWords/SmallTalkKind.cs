namespace OrgWork.Bot.Core.Conversation.ChatWords;

public enum SmallTalkKind
{
    Greeting,
    Thanks,
    Farewell,
    Acknowledgement,
    WhoAreYou,
}
