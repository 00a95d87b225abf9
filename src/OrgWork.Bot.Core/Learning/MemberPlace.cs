using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Where a member stands in the organisation: their branch and its parent 党委/党总支, by name (either may be missing).</summary>
public sealed record MemberPlace(string? Branch, string? Parent)
{
    public static MemberPlace Nowhere { get; } = new(null, null);

    public bool IsIn(Audience audience) => audience.Includes(Branch, Parent);

    public static async Task<MemberPlace> OfAsync(OrgWorkDbContext db, Learner learner, CancellationToken cancellationToken)
    {
        if (learner.BranchId is not { } branchId)
        {
            return Nowhere;
        }

        var place = await db.Branches.Where(b => b.Id == branchId)
            .Select(b => new
            {
                b.Name,
                Parent = db.ParentOrganisations.Where(p => p.Id == b.ParentId).Select(p => p.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return place is null ? Nowhere : new MemberPlace(place.Name, place.Parent);
    }
}
