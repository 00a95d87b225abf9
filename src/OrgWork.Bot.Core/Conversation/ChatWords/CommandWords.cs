namespace OrgWork.Bot.Core.Conversation.ChatWords;

/// <summary>
/// The Chinese names of the main commands, typed on their own (「课程」, 「每日答题」, 「我要学习」), act as those commands.
/// </summary>
public static class CommandWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["课程"] = "courses",
        ["课程目录"] = "courses",
        ["学习"] = "courses",
        ["我要学习"] = "courses",
        ["开始学习"] = "courses",
        ["每日答题"] = "daily",
        ["答题"] = "daily",
        ["每日一练"] = "daily",
        ["错题本"] = "review",
        ["错题"] = "review",
        ["我的"] = "me",
        ["我的学习"] = "me",
        ["积分"] = "me",
        ["排行"] = "rank",
        ["排行榜"] = "rank",
        ["排名"] = "rank",
        ["考试"] = "exam",
        ["在线考试"] = "exam",
        ["我要考试"] = "exam",
        ["证书"] = "certificates",
        ["我的证书"] = "certificates",
        ["结业证书"] = "certificates",
        ["培训班"] = "classes",
        ["培训"] = "classes",
        ["我的培训班"] = "classes",
        ["红色教育基地"] = "sites",
        ["教育基地"] = "sites",
        ["帮助"] = "help",
        ["菜单"] = "help",
        ["命令"] = "help",
    };

    /// <summary>The command a whole message names, e.g. <c>daily</c> for 「每日答题」.</summary>
    public static bool TryMatch(string text, out string command)
    {
        command = "";
        if (text.Length > ChatPhrase.MaxLength || ChatPhrase.Parts(text) is not [var word])
        {
            return false;
        }

        if (Words.TryGetValue(word, out var name))
        {
            command = name;
            return true;
        }

        return false;
    }
}
