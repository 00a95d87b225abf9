namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>Bounded waiting for something another thread does; fails with a message instead of hanging.</summary>
internal static class Wait
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Long);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting until {what}");
            }

            await Task.Delay(20);
        }
    }
}
