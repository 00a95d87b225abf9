using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Feedback;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>How answers and cited passages look in a chat.</summary>
public static class PolicyReplies
{
    public const string SourceAction = "src";

    public static Reply Answer(PolicyAnswer answer, long turnId)
    {
        var text = new RichTextBuilder();
        if (answer.Kind == AnswerKind.Curated)
        {
            text.Bold(UiText.PolicyCurated).Text("\n");
        }

        text.Text(answer.Text);
        if (answer.Kind == AnswerKind.Generated)
        {
            text.Text("\n").Italic(UiText.PolicyGenerated);
        }

        foreach (var note in answer.Notes)
        {
            text.Text("\n\n").Bold(note);
        }

        if (answer.Sources.Count > 0)
        {
            text.Text("\n\n").Bold(UiText.PolicySourcesTitle).Text("\n");
            foreach (var source in answer.Sources)
            {
                text.Line(source.Label);
                if (source.MetadataLine.Length > 0)
                {
                    text.Line("　" + source.MetadataLine);
                }
            }
        }

        var id = turnId.ToString(CultureInfo.InvariantCulture);
        var buttons = answer.Sources.Select(s => new Button(
            UiText.Format(UiText.PolicySourceButton, s.Number),
            ButtonPayload.Create(SourceAction, id, s.Number.ToString(CultureInfo.InvariantCulture))));
        // 👍 / 👎 under every answer; an unanswered question is in the staff queue already.
        IReadOnlyList<Button> feedback = answer.Kind == AnswerKind.NotFound
            ? []
            : [new Button(UiText.ButtonHelpful, FeedbackButton.Data(turnId, helpful: true)), new Button(UiText.ButtonNotHelpful, FeedbackButton.Data(turnId, helpful: false))];
        IReadOnlyList<IReadOnlyList<Button>> rows = [.. new[] { (IReadOnlyList<Button>)[.. buttons], feedback }.Where(r => r.Count > 0)];
        return new Reply { Text = text.Build(), Buttons = rows };
    }

    public static Reply Source(PolicySource source) => new()
    {
        Text = (source.MetadataLine.Length > 0
                ? new RichTextBuilder().Bold(source.Label).Text("\n").Text(source.MetadataLine)
                : new RichTextBuilder().Bold(source.Label))
            .Text("\n\n").Text(source.Text).Build(),
    };
}
