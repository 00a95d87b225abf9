using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Asks the model for the answer, whole or streamed, within the configured time. Streamed, the text so far is reported
/// after every piece that adds to it, so a channel can show the answer growing.
/// </summary>
public sealed class GeneratedAnswerWriter(IOptions<AiOptions> options)
{
    public async Task<string> WriteAsync(Kernel kernel, ChatHistory chat, IProgress<string>? partial, CancellationToken cancellationToken)
    {
        var ai = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(ai.TimeoutSeconds));
        var service = kernel.GetRequiredService<IChatCompletionService>();
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0.1, MaxTokens = 800 };
        if (!ai.Streaming)
        {
            var reply = await service.GetChatMessageContentAsync(chat, settings, kernel, timeout.Token);
            return reply.Content ?? "";
        }

        var text = new StringBuilder();
        await foreach (var part in service.GetStreamingChatMessageContentsAsync(chat, settings, kernel, timeout.Token))
        {
            if (string.IsNullOrEmpty(part.Content))
            {
                continue;
            }

            text.Append(part.Content);
            partial?.Report(text.ToString());
        }

        return text.ToString();
    }
}
