using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation;

/// <summary>Branches (党支部) and their invite codes.</summary>
public sealed class BranchDirectory
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 8;

    public async Task<Branch?> FindByCodeAsync(OrgWorkDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return normalized.Length == CodeLength
            ? await db.Branches.FirstOrDefaultAsync(b => b.InviteCode == normalized, cancellationToken)
            : null;
    }

    public async Task<Branch?> CreateAsync(OrgWorkDbContext db, string name, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await db.Branches.AnyAsync(b => b.Name == name, cancellationToken))
        {
            return null;
        }

        string code;
        do
        {
            code = RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
        }
        while (await db.Branches.AnyAsync(b => b.InviteCode == code, cancellationToken));

        var branch = new Branch { Name = name, InviteCode = code, CreatedAt = utcNow };
        db.Branches.Add(branch);
        return branch;
    }
}
