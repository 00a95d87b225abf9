using Markdig.Syntax;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>The blocks of a document's <c>## 测验</c> (or <c>## Quiz</c>) section.</summary>
public sealed record QuizSection(HeadingBlock Heading, IReadOnlyList<Block> Blocks)
{
    public static bool IsQuizHeading(Block block) =>
        block is HeadingBlock { Level: 2 } heading &&
        InlineText.Of(heading) is var text &&
        (text == "测验" || text.Equals("Quiz", StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the quiz section; it runs to the next heading of level 1 or 2.</summary>
    public static QuizSection? Find(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        QuizSection? found = null;
        for (var i = 0; i < document.Count; i++)
        {
            if (!IsQuizHeading(document[i]))
            {
                continue;
            }

            var heading = (HeadingBlock)document[i];
            var blocks = new List<Block>();
            var j = i + 1;
            for (; j < document.Count && document[j] is not HeadingBlock { Level: <= 2 }; j++)
            {
                blocks.Add(document[j]);
            }

            if (found is not null)
            {
                diagnostics.Add(UiText.Diagnostics.SecondQuizSection, heading.Line + 1);
            }
            else
            {
                found = new QuizSection(heading, blocks);
            }

            i = j - 1;
        }

        return found;
    }

    public bool Contains(Block block) => block == Heading || Blocks.Contains(block) || Blocks.Any(b => b is ContainerBlock c && IsInside(c, block));

    private static bool IsInside(ContainerBlock container, Block block) =>
        container.Any(child => child == block || (child is ContainerBlock c && IsInside(c, block)));
}
