namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>How policy documents are cut into retrieval chunks (sizes in characters).</summary>
public sealed class ChunkingOptions
{
    public const string SectionName = "Knowledge:Chunking";

    /// <summary>A chunk never grows past this.</summary>
    public int MaxChars { get; set; } = 500;

    /// <summary>A chunk is closed at the first sentence end past this.</summary>
    public int TargetChars { get; set; } = 350;

    /// <summary>A section shorter than this joins the next one instead of making a chunk of its own.</summary>
    public int MinChars { get; set; } = 200;

    /// <summary>The last sentence of a chunk is repeated at the start of the next when it is at most this long.</summary>
    public int OverlapChars { get; set; } = 100;
}
