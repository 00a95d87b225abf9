using System.Globalization;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>The figures of one answer evaluation run; rates are fractions 0–1.</summary>
public sealed record AnswerEvaluation(int Questions, int Answerable, int Traps, int AnsweredCorrectly, int RefusedCorrectly, int Missed, int WronglyAnswered)
{
    /// <summary>Answered correctly, of the answerable questions.</summary>
    public double AnsweredCorrectlyRate => Rate(AnsweredCorrectly, Answerable);

    /// <summary>Refused, of the traps.</summary>
    public double RefusedCorrectlyRate => Rate(RefusedCorrectly, Traps);

    /// <summary>Wrong answers presented as the answer, of all questions.</summary>
    public double WronglyAnsweredRate => Rate(WronglyAnswered, Questions);

    public static AnswerEvaluation Of(IReadOnlyList<(AnswerCase Case, AnswerOutcome Outcome)> results) => new(
        results.Count,
        results.Count(r => !r.Case.IsTrap),
        results.Count(r => r.Case.IsTrap),
        results.Count(r => r.Outcome == AnswerOutcome.AnsweredCorrectly),
        results.Count(r => r.Outcome == AnswerOutcome.RefusedCorrectly),
        results.Count(r => r.Outcome == AnswerOutcome.Missed),
        results.Count(r => r.Outcome == AnswerOutcome.WronglyAnswered));

    /// <summary>The one-line JSON object that ends <c>eval-answers</c>' output.</summary>
    public string ToJsonLine() => string.Create(CultureInfo.InvariantCulture,
        $$"""{"questions":{{Questions}},"answerable":{{Answerable}},"traps":{{Traps}},"answered_correctly":{{Round(AnsweredCorrectlyRate)}},"refused_correctly":{{Round(RefusedCorrectlyRate)}},"wrongly_answered":{{Round(WronglyAnsweredRate)}},"missed":{{Missed}},"wrong":{{WronglyAnswered}}}""");

    private static double Rate(int count, int of) => of == 0 ? 0 : (double)count / of;

    private static double Round(double value) => Math.Round(value, 4);
}
