using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Publishing;

namespace OrgWork.Bot.Core.Knowledge.Faq;

/// <summary>
/// A curated answer written from a staff reply: <c>faq/queue-N.md</c> (N the queue number, so adding the same reply
/// twice changes nothing), the askers' phrasings as <c>questions</c>, the reply as the body.
/// </summary>
public static class FaqDraft
{
    public static DraftFile Create(long queueNumber, IReadOnlyList<string> questions, string answer)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quoted(questions[0])).Append('\n');
        text.Append("questions:\n");
        foreach (var question in questions)
        {
            text.Append("  - ").Append(Quoted(question)).Append('\n');
        }

        text.Append("---\n").Append(answer.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        var path = $"{ContentLayout.FaqFolder}/queue-{queueNumber.ToString(CultureInfo.InvariantCulture)}.md";
        return new DraftFile(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A YAML double-quoted scalar on one line: whatever a member typed cannot break the front matter.</summary>
    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value.Trim())
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
