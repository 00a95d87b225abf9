namespace OrgWork.Bot.Core.Storage;

public enum QuizKind
{
    Lesson = 0,
    Daily = 1,
    Review = 2,
    Exam = 3,
}
