using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Indexing;

namespace OrgWork.Bot.Core.Knowledge.Faq;

/// <summary>
/// A curated answer's <c>sources</c> as cited passages: each names a policy by file name (without extension) or title,
/// optionally followed by the words of the passage to show (an article such as 第十七条). Unknown sources are dropped.
/// </summary>
public static class FaqSources
{
    public static IReadOnlyList<PolicySource> Resolve(IReadOnlyList<string> sources, PolicyIndexSnapshot snapshot)
    {
        var resolved = new List<PolicySource>();
        foreach (var source in sources)
        {
            var space = source.IndexOfAny([' ', '　']);
            var document = space < 0 ? source : source[..space];
            var part = space < 0 ? "" : source[(space + 1)..].Trim();
            var chunks = snapshot.Chunks.Where(c => c.FileStem == document || c.Title == document).ToList();
            var chunk = chunks.FirstOrDefault(c => part.Length > 0 && c.Text.Contains(part, StringComparison.Ordinal)) ?? chunks.FirstOrDefault();
            if (chunk is null)
            {
                continue;
            }

            resolved.Add(new PolicySource(resolved.Count + 1, chunk.Id, chunk.Title, chunk.Section, chunk.Text)
            {
                DocumentNumber = chunk.Metadata.Number,
                Effective = chunk.Metadata.Effective,
            });
        }

        return resolved;
    }
}
