using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OrgWork.Bot.Core.Knowledge.Answering;

namespace OrgWork.Bot.Core.Knowledge.Embeddings;

/// <summary>
/// Embeddings through Semantic Kernel's OpenAI embedding generator (a Microsoft.Extensions.AI
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>), when <c>Ai:EmbeddingModel</c> is set. A failing server
/// is logged and answered with null: retrieval then stays lexical.
/// </summary>
public sealed class PolicyEmbeddings(IOptions<AiOptions> options, ILogger<PolicyEmbeddings> logger)
{
    private const int BatchSize = 32;

    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> _generator = new(() => Create(options.Value));

    public bool IsEnabled => options.Value.HasEmbeddings;

    public string Model => options.Value.EmbeddingModel;

    public async Task<IReadOnlyList<ReadOnlyMemory<float>>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (!IsEnabled || texts.Count == 0)
        {
            return null;
        }

        try
        {
            var vectors = new List<ReadOnlyMemory<float>>(texts.Count);
            foreach (var batch in texts.Chunk(BatchSize))
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
                var embeddings = await _generator.Value.GenerateAsync(batch, cancellationToken: timeout.Token);
                if (embeddings.Count != batch.Length)
                {
                    throw new InvalidOperationException($"asked for {batch.Length} embeddings, got {embeddings.Count}");
                }

                vectors.AddRange(embeddings.Select(e => e.Vector));
            }

            return vectors;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Embedding {Count} texts with {Model} failed; retrieval stays lexical", texts.Count, Model);
            return null;
        }
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(AiOptions ai)
    {
        var builder = Kernel.CreateBuilder();
        // SKEXP0010: SK marks its OpenAI embedding generator experimental; it is the IEmbeddingGenerator the issue asks for.
#pragma warning disable SKEXP0010
        builder.AddOpenAIEmbeddingGenerator(ai.EmbeddingModel, PolicyKernelFactory.CreateClient(ai));
#pragma warning restore SKEXP0010
        return builder.Build().GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }
}
