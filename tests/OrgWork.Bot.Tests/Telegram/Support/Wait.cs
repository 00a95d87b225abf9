
namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>Bounded waiting for something another thread does; fails with a message instead of hanging.</summary>
internal static class Wait
{
    public static readonly TimeSpan Long = Eventually.Patience;

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Eventually.TrueAsync(condition, what, timeout);
}
