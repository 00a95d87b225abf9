using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary><c>/help 积分</c>: the points rules with their daily caps, and how study hours count.</summary>
public sealed class PointsHelpTopic(PointRules rules, StudyHours hours, Microsoft.Extensions.Options.IOptions<LearningOptions> options) : IHelpTopic
{
    public bool Matches(string topic) => topic is "积分" or "学时" or "points";

    public RichText Render()
    {
        var text = new RichTextBuilder().Bold(UiText.PointsRulesTitle).Text("\n");
        foreach (var rule in rules.All)
        {
            text.Text("\n• " + UiText.Format(UiText.PointRuleLine(rule.Reason), rule.Points, rule.DailyCap));
        }

        text.Text("\n\n" + UiText.PointsLedgerNote);
        text.Text("\n\n").Bold(UiText.StudyHoursTitle).Text("\n" + UiText.Format(UiText.StudyHoursRule, options.Value.MinutesPerStudyHour, hours.Target));
        return text.Build();
    }
}
