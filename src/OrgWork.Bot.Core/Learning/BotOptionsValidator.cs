using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// Refuses a <c>Bot:Admins</c> entry that is not a numeric user id. The configuration binder would skip it silently,
/// leaving the intended admin without rights, so the raw values are checked and the entry is named.
/// </summary>
public sealed class BotOptionsValidator(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = configuration.GetSection($"{BotOptions.SectionName}:{nameof(BotOptions.Admins)}").GetChildren()
            .Where(entry => !long.TryParse(entry.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .Select(entry => $"{entry.Path} must be a numeric user id, not '{entry.Value}'.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
