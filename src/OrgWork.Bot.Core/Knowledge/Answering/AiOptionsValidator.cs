using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>Refuses an <c>Ai:Endpoint</c> that is not an absolute http(s) address, naming the setting.</summary>
public sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        if (options.Endpoint.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{AiOptions.SectionName}:{nameof(AiOptions.Endpoint)} must be an absolute http:// or https:// address, not '{options.Endpoint}'.");
    }
}
