namespace OrgWork.Bot.Core.Conversation.Commands;

/// <summary>An extra help page, shown by <c>/help TOPIC</c>.</summary>
public interface IHelpTopic
{
    bool Matches(string topic);

    RichText Render();
}
