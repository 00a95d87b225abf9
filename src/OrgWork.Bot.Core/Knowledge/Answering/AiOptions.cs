namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The optional language model (DESIGN.md §3): any OpenAI-compatible server. With no <see cref="Endpoint"/> the bot
/// answers extractively; with no <see cref="EmbeddingModel"/> retrieval is lexical only.
/// </summary>
public sealed class AiOptions
{
    public const string SectionName = "Ai";

    /// <summary>The API base, e.g. <c>http://127.0.0.1:11434/v1</c> (requests go to <c>{Endpoint}/chat/completions</c>).</summary>
    public string Endpoint { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public string ChatModel { get; set; } = "";

    public string EmbeddingModel { get; set; } = "";

    /// <summary>How long one call may take before the extractive answer is used instead.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Whether the answer is read as a stream of tokens (servers that stream answer sooner).</summary>
    public bool Streaming { get; set; } = true;

    public bool HasChat => Endpoint.Length > 0;

    public bool HasEmbeddings => Endpoint.Length > 0 && EmbeddingModel.Length > 0;
}
