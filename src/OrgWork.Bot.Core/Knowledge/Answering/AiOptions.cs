using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The optional language model (DESIGN.md §3): any OpenAI-compatible server. With no <see cref="Endpoint"/> the bot
/// answers extractively; with no <see cref="EmbeddingModel"/> retrieval is lexical only. Validated at start
/// (<see cref="AiOptionsValidator"/>): a malformed endpoint stops start-up naming the setting.
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
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Whether the answer is read as a stream of tokens (servers that stream answer sooner).</summary>
    public bool Streaming { get; set; } = true;

    /// <summary>Questions that may wait on the model at once (per instance); more queue, up to <see cref="MaxQueuedRequests"/>.</summary>
    [Range(1, 256)]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Questions that may wait for a free model slot; past that a member gets the extractive answer at once.</summary>
    [Range(0, 1024)]
    public int MaxQueuedRequests { get; set; } = 8;

    /// <summary>Model answers one member may get per minute; past that the extractive answer.</summary>
    [Range(1, 1000)]
    public int MaxRequestsPerMemberPerMinute { get; set; } = 6;

    public bool HasChat => Endpoint.Length > 0;

    public bool HasEmbeddings => Endpoint.Length > 0 && EmbeddingModel.Length > 0;
}
