namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>One retrieval unit: indexed as its title, a line break, then its text.</summary>
public sealed record IndexedPassage(string Id, string Title, string Text)
{
    public string IndexText => Title.Length == 0 ? Text : Title + "\n" + Text;
}
