namespace OrgWork.Bot.Core.Conversation.Flood;

/// <summary>
/// Flood control, one guard for every channel that takes input from people over a network (Telegram, the web chat):
/// more than <see cref="FloodOptions.Limit"/> inputs of one person within <see cref="FloodOptions.Window"/> are dropped
/// unprocessed, with one notice per flood. A person is their user id, so the inputs of one person on Telegram and on
/// the web count together.
/// </summary>
public interface IFloodGuard
{
    ValueTask<FloodVerdict> CheckAsync(long userId, CancellationToken cancellationToken);
}
