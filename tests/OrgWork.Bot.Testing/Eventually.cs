namespace OrgWork.Bot.Testing;

/// <summary>
/// Waits for a condition another thread brings about, polling it until a deadline; fails with a message saying what
/// did not happen instead of hanging. The deadline bounds the test, it is not a speed assertion.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting until {what}");
            }

            await Task.Delay(10);
        }
    }
}
