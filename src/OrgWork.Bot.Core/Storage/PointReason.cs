namespace OrgWork.Bot.Core.Storage;

public enum PointReason
{
    LessonFinished = 0,
    CorrectAnswer = 1,
    DailyQuiz = 2,
    StreakBonus = 3,
}
