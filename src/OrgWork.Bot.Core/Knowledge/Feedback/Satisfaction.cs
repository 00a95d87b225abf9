using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>How members rated the policy answers: 👍 and 👎 counts and the share of 👍.</summary>
public sealed record Satisfaction(int Helpful, int NotHelpful)
{
    /// <summary>👍 of all ratings (0–1); null before the first rating.</summary>
    public double? Rate => Helpful + NotHelpful == 0 ? null : (double)Helpful / (Helpful + NotHelpful);

    public static async Task<Satisfaction> OfAsync(OrgWorkDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.Set<AnswerFeedback>().AsNoTracking().GroupBy(f => f.Helpful)
            .Select(g => new { Helpful = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new Satisfaction(counts.Where(c => c.Helpful).Sum(c => c.Count), counts.Where(c => !c.Helpful).Sum(c => c.Count));
    }
}
