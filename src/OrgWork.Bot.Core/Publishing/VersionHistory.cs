using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Records versions of content files. A file found in <c>content/</c> that differs from its latest recorded
/// version (it was committed by hand, or never published from chat) is recorded first as
/// <see cref="VersionSource.Existing"/>, so rolling back to it stays possible.
/// </summary>
public sealed class VersionHistory
{
    public Task<ContentVersion?> LatestAsync(OrgWorkDbContext db, string path, CancellationToken cancellationToken) =>
        db.ContentVersions.Where(v => v.Path == path).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ContentVersion>> ListAsync(OrgWorkDbContext db, string path, int count, CancellationToken cancellationToken) =>
        await db.ContentVersions.AsNoTracking().Where(v => v.Path == path).OrderByDescending(v => v.Number).Take(count).ToListAsync(cancellationToken);

    public Task<ContentVersion?> FindAsync(OrgWorkDbContext db, string path, int number, CancellationToken cancellationToken) =>
        db.ContentVersions.FirstOrDefaultAsync(v => v.Path == path && v.Number == number, cancellationToken);

    /// <summary>Adds the new version of <paramref name="path"/> (and, first, the file it replaces when that was never recorded); returns the new version.</summary>
    public async Task<ContentVersion> AddAsync(OrgWorkDbContext db, NewVersion version, byte[]? current, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, version.Path, cancellationToken);
        var next = (latest?.Number ?? 0) + 1;
        int? previous = current is null ? null : latest?.Number;
        var currentHash = ContentHash.OfOptional(current);
        if (current is not null && latest?.ContentHash != currentHash)
        {
            db.ContentVersions.Add(new ContentVersion
            {
                Path = version.Path,
                Number = next,
                Source = VersionSource.Existing,
                Content = current,
                ContentHash = currentHash!,
                CreatedAt = version.At,
                PreviousNumber = latest?.Number,
            });
            previous = next++;
        }

        var added = new ContentVersion
        {
            Path = version.Path,
            Number = next,
            Source = version.Source,
            Content = version.Content,
            ContentHash = ContentHash.Of(version.Content),
            CreatedAt = version.At,
            AuthorId = version.AuthorId,
            AuthorName = version.AuthorName,
            PreviousNumber = previous,
            RestoredNumber = version.RestoredNumber,
            UploadId = version.UploadId,
        };
        db.ContentVersions.Add(added);
        return added;
    }
}
