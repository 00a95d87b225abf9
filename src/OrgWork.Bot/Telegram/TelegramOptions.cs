using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace OrgWork.Bot.Telegram;

/// <summary>The Telegram channel: on when <see cref="Token"/> is set; webhook mode when <see cref="WebhookUrl"/> is set.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    /// <summary>The bot token from @BotFather (<c>123456789:ABC…</c>); empty turns the channel off.</summary>
    public string Token { get; set; } = "";

    /// <summary>The Bot API server (empty: Telegram's); a self-hosted Bot API server or a test fake.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The public HTTPS address Telegram posts updates to; empty means long polling.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c> on every webhook call.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>How long one <c>getUpdates</c> call waits for new updates.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>
    /// Updates handled at once (of different chats; one chat's updates are always handled in order). Writes
    /// still go one at a time through the write gate; the rest (reads, rendering) overlaps. 16 measured best.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentUpdates { get; set; } = 16;

    /// <summary>Chats sent to at once; a chat waiting out a rate limit holds only its own slot.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentSends { get; set; } = 64;

    /// <summary>Retries of one Bot API call after 429, 5xx or network errors.</summary>
    [Range(0, 20)]
    public int SendRetries { get; set; } = 6;

    /// <summary>The first backoff delay after a 5xx or network error; it doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Broadcast messages per second over all chats (Telegram allows about 30).</summary>
    [Range(1, 1000)]
    public int BroadcastPerSecond { get; set; } = 30;

    /// <summary>Broadcast messages per second to one chat (Telegram allows about 1).</summary>
    [Range(1, 100)]
    public int BroadcastPerChatPerSecond { get; set; } = 1;

    /// <summary>
    /// How long the instance that committed a reply holds it for sending before another instance (or the
    /// same one after a restart) may resend it from the outbox.
    /// </summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The least time between two calls that show a model's answer as it streams (the first message, then its edits),
    /// counted from the end of one to the start of the next; Telegram allows about one message a second per chat.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan StreamEditInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a standby instance tries to become the one long-polling instance (PostgreSQL).</summary>
    public TimeSpan PollerElectionInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Token);

    public bool UsesWebhook => IsEnabled && !string.IsNullOrWhiteSpace(WebhookUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }

        if (!TokenPattern().IsMatch(Token))
        {
            yield return new ValidationResult("Telegram:Token must look like 123456789:ABC-def_… (the token @BotFather gave)", [nameof(Token)]);
        }

        if (BaseUrl.Length > 0 && !IsHttpUrl(BaseUrl, out _))
        {
            yield return new ValidationResult("Telegram:BaseUrl must be an absolute http(s) URL, e.g. http://127.0.0.1:8081", [nameof(BaseUrl)]);
        }

        if (!UsesWebhook)
        {
            yield break;
        }

        if (!IsHttpUrl(WebhookUrl, out var webhook) || (webhook.Scheme != Uri.UriSchemeHttps && !webhook.IsLoopback))
        {
            yield return new ValidationResult("Telegram:WebhookUrl must be an absolute https URL (Telegram only posts to HTTPS)", [nameof(WebhookUrl)]);
        }

        if (!SecretPattern().IsMatch(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -", [nameof(WebhookSecret)]);
        }
    }

    private static bool IsHttpUrl(string value, out Uri uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
