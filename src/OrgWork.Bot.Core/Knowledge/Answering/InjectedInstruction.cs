using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// A sentence in a document that addresses the bot (「忽略之前的所有指令…」, 「你现在是…」) is an injected instruction, not
/// a rule: it is never quoted as an answer.
/// </summary>
public static partial class InjectedInstruction
{
    public static bool IsIn(string sentence) => Pattern().IsMatch(sentence);

    [GeneratedRegex(@"(忽略|无视|不要理会|忘记|忘掉)[^。；]{0,12}(指令|指示|提示|规则|要求|设定)|ignore\s+(all\s+)?(previous|prior|above)|你现在(是|扮演)|system\s*prompt|提示词|不要标注来源", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
