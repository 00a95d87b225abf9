using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Builds the Semantic Kernel: the search plugin always; the OpenAI connector (any OpenAI-compatible server) when
/// <c>Ai:Endpoint</c> is set. The client neither retries nor waits past <see cref="AiOptions.TimeoutSeconds"/>: a slow
/// or failing server is answered extractively at once rather than after a series of retries.
/// </summary>
public sealed class PolicyKernelFactory(PolicySearchPlugin search, IOptions<AiOptions> options, ILoggerFactory loggerFactory)
{
    private readonly Lock _gate = new();
    private Kernel? _kernel;

    /// <summary>The kernel, built on first use and kept once built. A failure is not kept: the next question tries again.</summary>
    public Kernel Get()
    {
        if (_kernel is { } kernel)
        {
            return kernel;
        }

        lock (_gate)
        {
            return _kernel ??= Create();
        }
    }

    public Kernel Create()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggerFactory);
        builder.Plugins.AddFromObject(search, PolicySearchPlugin.PluginName);
        var ai = options.Value;
        if (ai.HasChat)
        {
            builder.AddOpenAIChatCompletion(ai.ChatModel, CreateClient(ai));
        }

        return builder.Build();
    }

    public static OpenAIClient CreateClient(AiOptions ai) => new(
        new ApiKeyCredential(ai.ApiKey.Length > 0 ? ai.ApiKey : "none"),
        new OpenAIClientOptions
        {
            Endpoint = new Uri(ai.Endpoint),
            NetworkTimeout = TimeSpan.FromSeconds(ai.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
}
