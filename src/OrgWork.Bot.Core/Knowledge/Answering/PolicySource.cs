namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>A passage an answer cites as [<see cref="Number"/>].</summary>
public sealed record PolicySource(int Number, string ChunkId, string Title, string Section, string Text)
{
    /// <summary>The title of the document that replaces this one, when it is superseded.</summary>
    public string? SupersededBy { get; init; }

    /// <summary><c>[n] 文件名 › 章节</c>.</summary>
    public string Label => Section.Length == 0 ? $"[{Number}] {Title}" : $"[{Number}] {Title} › {Section}";
}
