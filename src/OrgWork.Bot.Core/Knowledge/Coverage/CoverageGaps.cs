using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Knowledge.Segmentation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Coverage;

/// <summary>
/// The policy questions that got 「未找到」, counted: recorded in the asking input's own transaction, listed for the
/// staff dashboard so they know which documents to add.
/// </summary>
public sealed class CoverageGaps
{
    public const int MaxLength = 500;

    private static readonly char[] TrailingPunctuation = ['?', '？', '。', '.', '!', '！', '，', ',', '；', ';', '…', '~', '～'];

    /// <summary>Adds one to the question's count (creating its row); saved with the rest of the input's changes.</summary>
    public async Task RecordAsync(OrgWorkDbContext db, string question, DateTime utcNow, CancellationToken cancellationToken)
    {
        var key = Normalize(question);
        if (key.Length == 0)
        {
            return;
        }

        var text = Truncate(question.Trim());
        var row = await db.Set<UnansweredQuestion>().FindAsync([key], cancellationToken);
        if (row is null)
        {
            db.Add(new UnansweredQuestion { NormalizedText = key, Text = text, Count = 1, FirstAskedAt = utcNow, LastAskedAt = utcNow });
            return;
        }

        row.Count++;
        row.Text = text;
        row.LastAskedAt = utcNow;
    }

    /// <summary>The most asked first (then the most recent).</summary>
    public async Task<IReadOnlyList<UnansweredQuestion>> MostAskedAsync(OrgWorkDbContext db, int take, CancellationToken cancellationToken) =>
        await db.Set<UnansweredQuestion>().AsNoTracking()
            .OrderByDescending(q => q.Count).ThenByDescending(q => q.LastAskedAt)
            .Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>Full-width forms, case, inner whitespace and closing punctuation do not make a different question.</summary>
    public static string Normalize(string question)
    {
        var words = TextNormalizer.Normalize(question).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return Truncate(string.Join(' ', words).TrimEnd(TrailingPunctuation).TrimEnd());
    }

    private static string Truncate(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
