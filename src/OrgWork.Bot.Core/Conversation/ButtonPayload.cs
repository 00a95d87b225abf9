using System.Text;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// The compact, versioned data behind a button: <c>1:action:arg:arg</c>, at most 64 bytes (Telegram's
/// limit). Anything that does not parse, or carries another version, is a stale or forged button.
/// </summary>
public sealed record ButtonPayload(string Action, IReadOnlyList<string> Arguments)
{
    public const string Version = "1";
    public const int MaxBytes = 64;
    private const char Separator = ':';

    public static string Create(string action, params string[] arguments)
    {
        var data = string.Join(Separator, [Version, action, .. arguments]);
        if (Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            throw new ArgumentException($"Button data '{data}' is over {MaxBytes} bytes", nameof(arguments));
        }

        return data;
    }

    public static bool TryParse(string? data, out ButtonPayload payload)
    {
        payload = new ButtonPayload("", []);
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return false;
        }

        var parts = data.Split(Separator);
        if (parts.Length < 2 || parts[0] != Version || parts[1].Length == 0)
        {
            return false;
        }

        payload = new ButtonPayload(parts[1], parts[2..]);
        return true;
    }

    public string? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;

    public int? NumberArgument(int index) => int.TryParse(Argument(index), out var n) ? n : null;
}
