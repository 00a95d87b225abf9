using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The key entities of a question, which a passage must name to answer it: whom it is about (村干部, 预备党员,
/// 乡镇干部: a word ending in a role such as 干部 or 党员, or a role with the word before it) and the numbers it names
/// (a year, an amount). A passage about 乡镇干部 does not answer a question about 村干部, however similar the rest.
/// </summary>
public sealed partial class QuestionSubjects(ITextSegmenter segmenter)
{
    private static readonly string[] Roles =
        ["干部", "党员", "书记", "人才", "人员", "积极分子", "委员", "职工", "教师", "医生", "毕业生", "工作者", "发展对象"];

    /// <summary>
    /// Words before a role that say how it is asked or what is done to it (「哪些干部」, 「选拔干部」, 「培养党员」), never who.
    /// </summary>
    private static readonly HashSet<string> NotQualifiers = new(StringComparer.Ordinal)
    {
        "哪些", "哪个", "什么", "所有", "全体", "各级", "广大", "那么", "还有", "一般", "普通", "相关", "有关", "其他", "其它",
        "选拔", "选用", "任用", "提拔", "培养", "培训", "使用", "考察", "考核", "管理", "监督", "教育", "关心", "关爱", "激励", "选派", "发展",
        "引进", "招聘", "评价", "奖励", "处分", "调整", "交流", "推荐", "要求", "作为", "成为", "当好", "担任", "优秀", "先进",
    };

    /// <summary>One-character words that do name a kind of member or cadre (村干部 when the segmenter splits it).</summary>
    private static readonly HashSet<string> SingleCharacterQualifiers = new(StringComparer.Ordinal) { "村", "老", "新", "女", "副", "正" };

    public IReadOnlyList<string> Of(string question)
    {
        var subjects = new List<string>();
        var tokens = segmenter.Segment(question);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var role = Roles.FirstOrDefault(r => token.EndsWith(r, StringComparison.Ordinal));
            if (role is null)
            {
                continue;
            }

            if (token.Length > role.Length)
            {
                subjects.Add(token);
            }
            else if (i > 0 && IsQualifier(tokens[i - 1]))
            {
                subjects.Add(tokens[i - 1] + token);
            }
        }

        subjects.AddRange(Number().Matches(TextNormalizer.Normalize(question)).Select(m => m.Value));
        return [.. subjects.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the chunk (its text, title or section) names <paramref name="subject"/>.</summary>
    public static bool IsNamedIn(IndexedChunk chunk, string subject) =>
        chunk.Text.Contains(subject, StringComparison.Ordinal)
        || chunk.Title.Contains(subject, StringComparison.Ordinal)
        || chunk.Section.Contains(subject, StringComparison.Ordinal);

    private static bool IsQualifier(string token) =>
        token.Length switch
        {
            1 => SingleCharacterQualifiers.Contains(token),
            > 4 => false,
            _ => token.All(TextNormalizer.IsHan) && !NotQualifiers.Contains(token),
        };

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
