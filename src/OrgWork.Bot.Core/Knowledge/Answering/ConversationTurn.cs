namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>An earlier question and answer of the same chat, oldest first when given as history.</summary>
public sealed record ConversationTurn(string Question, string SearchedQuestion, string Answer);
