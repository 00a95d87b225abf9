namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>A built retrieval system under evaluation: the ids of the best passages for a question, best first.</summary>
public interface IPassageSearcher
{
    IReadOnlyList<string> Search(string question, int count);
}
