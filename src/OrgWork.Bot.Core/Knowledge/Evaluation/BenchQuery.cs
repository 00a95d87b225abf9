namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>One line of a benchmark's queries.jsonl: a question and the id of its one gold passage.</summary>
public sealed record BenchQuery(string Id, string Question, IReadOnlyList<string> Answers, string PassageId);
