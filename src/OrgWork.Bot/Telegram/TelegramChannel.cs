using Telegram.Bot.Types.Enums;

namespace OrgWork.Bot.Telegram;

/// <summary>Names shared by the Telegram adapter's parts.</summary>
public static class TelegramChannel
{
    /// <summary>The <c>ChatInput.Channel</c> of Telegram inputs.</summary>
    public const string Name = "telegram";

    public const string WebhookPath = "/telegram/webhook";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>The update kinds the adapter handles; everything else is not even delivered.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public static string DeliveryId(int updateId) => $"tg:{updateId}";
}
