namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// Learner ids for members who came from the roster: at or below <see cref="First"/>, far from Telegram's positive
/// user ids and from the try-out sign-in's negative ids (which stay above -2^48).
/// </summary>
public static class RosterLearnerIds
{
    public const long First = -(1L << 50);

    public static bool IsRosterId(long id) => id <= First;

    /// <summary>The id after the lowest one in use (null when none is).</summary>
    public static long After(long? lowestInUse) => lowestInUse is { } lowest && lowest <= First ? lowest - 1 : First;
}
