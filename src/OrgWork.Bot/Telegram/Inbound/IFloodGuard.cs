namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Flood control: more than <see cref="TelegramOptions.FloodLimit"/> inputs of one user within
/// <see cref="TelegramOptions.FloodWindow"/> are dropped, with one notice per flood.
/// </summary>
public interface IFloodGuard
{
    ValueTask<FloodVerdict> CheckAsync(long userId, CancellationToken cancellationToken);
}
