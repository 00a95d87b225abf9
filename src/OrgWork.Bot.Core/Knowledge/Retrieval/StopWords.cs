using System.Collections.Frozen;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// Function words and question words: they say how something is asked, not what about, so they are neither indexed
/// nor looked up. Question words matter most: they are rare in documents, so BM25 would give them a high weight.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "的", "地", "得", "了", "着", "过", "是", "在", "和", "与", "及", "或", "并", "而", "且", "也", "都", "就", "又",
        "被", "把", "将", "对", "从", "以", "为", "于", "之", "其", "此", "该", "这", "那", "这个", "那个", "这些", "那些",
        "个", "们", "吗", "呢", "吧", "啊", "呀", "么", "嘛", "哦",
        "什么", "啥", "哪", "哪个", "哪些", "哪里", "哪儿", "哪一", "谁", "几", "多少", "怎么", "怎样", "怎么样", "如何",
        "为什么", "为何", "何", "何时", "何地", "是否", "有没有", "是不是", "请问",
        // How members ask in their own words (「村里能不能借钱搞集体经济」): the asking, not the subject.
        "能不能", "可不可以", "能否", "可否", "要不要", "会不会", "该不该", "咋", "咋办", "怎么办", "到底", "究竟", "一下",
        "我们", "咱们", "我", "你", "您", "搞", "弄", "啥样",
    ]);

    public static bool Contains(string token) => Words.Contains(token);
}
