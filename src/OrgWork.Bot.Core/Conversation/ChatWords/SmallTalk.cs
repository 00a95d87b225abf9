namespace OrgWork.Bot.Core.Conversation.ChatWords;

/// <summary>
/// Greetings, thanks and other small talk: a message all of whose parts are such words (「你好，在吗？」,
/// 「好的谢谢」) is small talk and never a policy question.
/// </summary>
public static class SmallTalk
{
    private static readonly Dictionary<string, SmallTalkKind> Words = Build();

    /// <summary>The kind of small talk a message is; for several parts, the first part that is not an acknowledgement.</summary>
    public static SmallTalkKind? Classify(string text)
    {
        if (text.Length > ChatPhrase.MaxLength)
        {
            return null;
        }

        var parts = ChatPhrase.Parts(text);
        if (parts.Count == 0)
        {
            return null;
        }

        var kinds = new List<SmallTalkKind>();
        foreach (var part in parts)
        {
            if (!TryPart(part, kinds))
            {
                return null;
            }
        }

        return kinds.Where(k => k != SmallTalkKind.Acknowledgement).Select(k => (SmallTalkKind?)k).FirstOrDefault() ?? kinds[0];
    }

    /// <summary>A part is one word of the list or words of the list written together (「好的谢谢」).</summary>
    private static bool TryPart(string part, List<SmallTalkKind> kinds)
    {
        var rest = part;
        while (rest.Length > 0)
        {
            var match = Words.Keys.Where(w => rest.StartsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
            if (match is null)
            {
                return false;
            }

            kinds.Add(Words[match]);
            rest = rest[match.Length..];
        }

        return true;
    }

    private static Dictionary<string, SmallTalkKind> Build()
    {
        var words = new Dictionary<string, SmallTalkKind>(StringComparer.Ordinal);
        Add(words, SmallTalkKind.Greeting,
            "你好", "您好", "你们好", "大家好", "在吗", "在不在", "在么", "有人吗", "哈喽", "嗨", "hi", "hello", "hey", "早", "早上好", "上午好",
            "中午好", "下午好", "晚上好", "老师好", "同志好", "打扰了", "请问");
        Add(words, SmallTalkKind.Thanks,
            "谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "非常感谢", "谢啦", "辛苦了", "辛苦", "thanks", "thank", "thankyou", "3q");
        Add(words, SmallTalkKind.Farewell, "再见", "拜拜", "bye", "晚安", "回头见", "下次见");
        Add(words, SmallTalkKind.Acknowledgement,
            "好", "好的", "嗯", "嗯嗯", "哦", "噢", "行", "可以", "知道了", "明白", "明白了", "收到", "了解", "ok", "okay", "好滴", "棒", "赞", "不错",
            "哈", "哈哈", "哈哈哈", "呵呵", "👍");
        Add(words, SmallTalkKind.WhoAreYou, "你是谁", "你是", "你能做什么", "你会什么", "你会做什么", "能做什么", "有什么功能");
        return words;
    }

    private static void Add(Dictionary<string, SmallTalkKind> words, SmallTalkKind kind, params string[] entries)
    {
        foreach (var entry in entries)
        {
            words[entry] = kind;
        }
    }
}
