namespace OrgWork.Bot.Core.Content;

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
}
