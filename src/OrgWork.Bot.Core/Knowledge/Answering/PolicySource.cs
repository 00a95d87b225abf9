using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>A passage an answer cites as [<see cref="Number"/>].</summary>
public sealed record PolicySource(int Number, string ChunkId, string Title, string Section, string Text)
{
    /// <summary>The title of the document that replaces this one, when it is superseded.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>The document's 文号, when it has one.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The date the document took effect, when known.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>
    /// 「文号：… · 施行日期：…」 for the line under the label; empty when the document has neither.
    /// </summary>
    public string MetadataLine => string.Join(" · ", new[]
    {
        string.IsNullOrWhiteSpace(DocumentNumber) ? null : UiText.Format(UiText.PolicyDocumentNumber, DocumentNumber),
        Effective is { } date ? UiText.Format(UiText.PolicyEffective, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
    }.OfType<string>());

    /// <summary><c>[n] 文件名 › 章节</c>.</summary>
    public string Label => Section.Length == 0 ? $"[{Number}] {Title}" : $"[{Number}] {Title} › {Section}";
}
