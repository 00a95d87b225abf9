using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>Finds the people an admin or trainer names in a command: by 手机号, by id (<c>#12</c>), or by name.</summary>
public static class RosterLookup
{
    /// <summary>The most people one name lists: enough to choose from, never the whole roster.</summary>
    public const int MaxChoices = 10;

    /// <summary>Everyone <paramref name="who"/> may mean: one person, several of the same name, or nobody.</summary>
    public static async Task<IReadOnlyList<Learner>> FindAsync(OrgWorkDbContext db, string who, CancellationToken cancellationToken)
    {
        if (who.Length == 11 && who.All(char.IsAsciiDigit))
        {
            var byPhone = await db.Learners.Where(l => l.Phone == who).ToListAsync(cancellationToken);
            if (byPhone.Count > 0)
            {
                return byPhone;
            }
        }

        var id = who.TrimStart('#');
        if (long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var learnerId))
        {
            return await db.Learners.Where(l => l.Id == learnerId).ToListAsync(cancellationToken);
        }

        return await db.Learners.Where(l => l.DisplayName == who).OrderBy(l => l.Id).Take(MaxChoices).ToListAsync(cancellationToken);
    }
}
