namespace OrgWork.Bot.Core.Knowledge.Evaluation;

public enum AnswerOutcome
{
    /// <summary>Answerable, answered, and the answer holds every expected fact.</summary>
    AnsweredCorrectly,

    /// <summary>A trap, refused.</summary>
    RefusedCorrectly,

    /// <summary>Answerable but refused: a miss, not a wrong answer.</summary>
    Missed,

    /// <summary>An answer presented as the answer that is not: a trap answered, or an answer without the expected facts.</summary>
    WronglyAnswered,
}
