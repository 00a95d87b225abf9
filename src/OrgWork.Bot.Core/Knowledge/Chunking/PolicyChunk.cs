namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>One retrieval unit of a policy document, with what a citation needs to name it.</summary>
public sealed record PolicyChunk(
    string DocumentKey, int Ordinal, string Title, IReadOnlyList<string> HeadingPath, string Text, PolicyMetadata Metadata)
{
    /// <summary>The section as a citation shows it: <c>第二章 › 第五条</c>.</summary>
    public string Section => string.Join(" › ", HeadingPath);

    /// <summary>A stable id: the document's key and the chunk's position in it.</summary>
    public string Id => $"{DocumentKey}#{Ordinal}";
}
