using System.Text;

namespace OrgWork.Bot.Core.Conversation.ChatWords;

/// <summary>
/// A short chat message reduced to its words: punctuation, emoji, spaces and trailing particles (啊, 呀, 哈…) dropped,
/// Latin letters lower-cased, then split where punctuation was. 「你好！在吗？」 becomes 你好 and 在吗.
/// </summary>
internal static class ChatPhrase
{
    private const string Particles = "啊呀哦噢哈嘛吧啦喽咯呗哟";

    /// <summary>Messages longer than this are never chat words: they are sentences and may be questions.</summary>
    public const int MaxLength = 16;

    public static IReadOnlyList<string> Parts(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                Flush(current, parts);
            }
        }

        Flush(current, parts);
        return parts;
    }

    private static void Flush(StringBuilder current, List<string> parts)
    {
        var word = current.ToString();
        current.Clear();
        while (word.Length > 1 && Particles.Contains(word[^1], StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        if (word.Length > 0)
        {
            parts.Add(word);
        }
    }
}
