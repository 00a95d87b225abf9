namespace OrgWork.Bot.Core.Knowledge.Answering;

public enum AnswerKind
{
    /// <summary>Nothing relevant was found; the answer names the closest documents.</summary>
    NotFound,

    /// <summary>Sentences quoted from the passages.</summary>
    Extractive,

    /// <summary>Written by the language model from the passages.</summary>
    Generated,

    /// <summary>A curated answer staff approved (<c>content/faq/</c>), shown as 已审核答复.</summary>
    Curated,
}
