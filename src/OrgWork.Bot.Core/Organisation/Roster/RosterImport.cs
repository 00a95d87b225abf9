using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using Codes = OrgWork.Bot.Core.Conversation.UiText.RosterDiagnostics;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// Imports the roster (党员名册, DESIGN §8.1) in two steps, for the command line, the chat and the web alike:
/// <list type="number">
/// <item><see cref="PlanAsync"/> reads and validates the whole file (no transaction, no write gate) and compares it
/// with the stored members, keyed by 手机号: the report to show, with the counts an import would give.</item>
/// <item><see cref="ApplyAsync"/> writes a plan without errors in one short transaction under the write gate: new
/// 党委/党总支 and branches (with invite codes), new members (ids of <see cref="RosterLearnerIds"/>), changed names,
/// branches, roles, 人员类别 and 职务, reactivations, optionally deactivations, and one <see cref="AuditEntry"/>. Nothing is
/// parsed there; importing the same file again changes nothing.</item>
/// </list>
/// </summary>
public sealed class RosterImport(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    BranchDirectory branches,
    TimeProvider time,
    ILogger<RosterImport> logger)
{
    /// <summary>The largest roster file read (a 20,000-member workbook is about 1 MB).</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    private const string LockName = "roster-import";


    /// <summary>
    /// Reads and validates the roster in <paramref name="stream"/> (an <c>.xlsx</c> or <c>.csv</c> file, told apart by
    /// <paramref name="fileName"/>, which also names the file in the diagnostics) and compares it with the database.
    /// A stream that cannot seek is copied into memory first (up to <see cref="MaxFileBytes"/>).
    /// </summary>
    public async Task<RosterPlan> PlanAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        var reading = await ReadAsync(stream, fileName, cancellationToken);
        if (reading.HasErrors)
        {
            return new RosterPlan(fileName, reading, counts: null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Learners.AsNoTracking().Where(l => l.Phone != null).ToDictionaryAsync(l => l.Phone!, StringComparer.Ordinal, cancellationToken);
        var branchIds = await db.Branches.AsNoTracking().ToDictionaryAsync(b => b.Name, b => b.Id, StringComparer.Ordinal, cancellationToken);
        return new RosterPlan(fileName, reading, Compare(reading.Entries, members, branchIds));
    }

    /// <summary>
    /// Applies <paramref name="plan"/> (which must have no errors) against the database as it is now, and returns what
    /// was done. Members the file does not list are deactivated only with <see cref="RosterImportOptions.DeactivateMissing"/>.
    /// </summary>
    public async Task<RosterCounts> ApplyAsync(RosterPlan plan, RosterActor actor, RosterImportOptions options, CancellationToken cancellationToken)
    {
        if (!plan.CanApply)
        {
            throw new InvalidOperationException("A roster with errors cannot be imported.");
        }

        var entries = plan.Reading.Entries;
        RosterCounts counts;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockForTransactionAsync(LockName, cancellationToken);
            var utcNow = time.GetUtcNow().UtcDateTime;

            var branchIds = await EnsureOrganisationsAsync(db, entries, utcNow, cancellationToken);
            var (updated, unchanged, deactivated, newEntries) = await UpdateMembersAsync(db, entries, branchIds.Ids, utcNow, options, cancellationToken);
            var added = await AddMembersAsync(db, newEntries, branchIds.Ids, utcNow, cancellationToken);
            counts = new RosterCounts(added, updated, unchanged, deactivated, branchIds.Created);

            db.AuditEntries.Add(new AuditEntry
            {
                At = utcNow,
                ActorId = actor.LearnerId,
                ActorName = Shorten(actor.Name, 200),
                Action = AuditAction.RosterImport,
                Subject = Shorten(Path.GetFileName(plan.FileName), 400),
                After = JsonSerializer.Serialize(new
                {
                    added = counts.New,
                    updated = counts.Updated,
                    unchanged = counts.Unchanged,
                    deactivated = counts.Deactivated,
                    branchesCreated = counts.NewBranches.Count,
                    deactivateMissing = options.DeactivateMissing,
                }),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation(
            "Roster {File} imported by {ActorId}: {New} new, {Updated} updated, {Unchanged} unchanged, {Deactivated} deactivated, {Branches} branches created",
            Path.GetFileName(plan.FileName), actor.LearnerId, counts.New, counts.Updated, counts.Unchanged, counts.Deactivated, counts.NewBranches.Count);
        return counts;
    }

    private static async Task<RosterReading> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        if (!RosterFileReader.IsSupported(fileName))
        {
            return new RosterReading([], [Codes.FileType.At(fileName, 1, Path.GetExtension(fileName))]);
        }

        try
        {
            await using var seekable = await SeekableAsync(stream, cancellationToken);
            if (seekable.Length - seekable.Position > MaxFileBytes)
            {
                throw new RosterFileTooLargeException(seekable.Length - seekable.Position);
            }

            return RosterValidator.Validate(RosterFileReader.ReadRows(seekable, fileName), fileName);
        }
        catch (RosterFileTooLargeException tooLarge)
        {
            return new RosterReading([], [Codes.FileTooLarge.At(fileName, 1, Bytes(tooLarge.Size), Bytes(MaxFileBytes))]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A workbook that is not a zip, a CSV with broken quoting: the library's message, never the file's values.
            return new RosterReading([], [Codes.FileUnreadable.At(fileName, 1, ex.GetType().Name)]);
        }
    }

    /// <summary>The stream itself when it can seek (left open), else a copy in memory.</summary>
    private static async Task<Stream> SeekableAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            return new NonClosingStream(stream);
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxFileBytes)
            {
                throw new RosterFileTooLargeException(copy.Length + read);
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Bytes(long bytes) => UiText.Format("{0:0.0} MB", bytes / 1024.0 / 1024.0);

    private static RosterCounts Compare(IReadOnlyList<RosterEntry> entries, Dictionary<string, Learner> members, Dictionary<string, int> branchIds)
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var entry in entries)
        {
            if (!members.TryGetValue(entry.Phone, out var learner))
            {
                added++;
            }
            else if (RosterMerge.Changes(entry, learner, branchIds.TryGetValue(entry.Branch, out var id) ? id : null))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        var listed = entries.Select(e => e.Phone).ToHashSet(StringComparer.Ordinal);
        var missing = members.Values.Count(l => l.DeactivatedAt is null && !listed.Contains(l.Phone!));
        var newBranches = entries.Select(e => e.Branch).Distinct(StringComparer.Ordinal).Where(b => !branchIds.ContainsKey(b)).ToList();
        return new RosterCounts(added, updated, unchanged, missing, newBranches);
    }

    /// <summary>Creates the 上级党组织 and branches the file names that do not exist yet, and sets each branch's parent as the file gives it.</summary>
    private async Task<(Dictionary<string, int> Ids, List<string> Created)> EnsureOrganisationsAsync(
        OrgWorkDbContext db, IReadOnlyList<RosterEntry> entries, DateTime utcNow, CancellationToken cancellationToken)
    {
        var parentNames = entries.Where(e => e.Parent is not null).Select(e => e.Parent!).ToHashSet(StringComparer.Ordinal);
        var parents = await db.ParentOrganisations.ToDictionaryAsync(p => p.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var name in parentNames.Where(n => !parents.ContainsKey(n)))
        {
            var parent = new ParentOrganisation { Name = name, CreatedAt = utcNow };
            db.ParentOrganisations.Add(parent);
            parents[name] = parent;
        }

        await db.SaveChangesAsync(cancellationToken);

        var byName = await db.Branches.ToDictionaryAsync(b => b.Name, StringComparer.Ordinal, cancellationToken);
        var created = new List<string>();
        foreach (var group in entries.GroupBy(e => e.Branch, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(group.Key, out var branch))
            {
                branch = await branches.CreateAsync(db, group.Key, utcNow, cancellationToken)
                    ?? throw new InvalidOperationException("A branch appeared during the roster import.");
                byName[group.Key] = branch;
                created.Add(group.Key);
            }

            if (group.Select(e => e.Parent).FirstOrDefault(p => p is not null) is { } parentName)
            {
                branch.ParentId = parents[parentName].Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (byName.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal), created);
    }

    /// <summary>
    /// Updates, reactivates and (with <see cref="RosterImportOptions.DeactivateMissing"/>) deactivates the stored roster
    /// members, and returns the entries that are new. Members are read untracked; only those that change are attached.
    /// </summary>
    private static async Task<(int Updated, int Unchanged, int Deactivated, List<RosterEntry> New)> UpdateMembersAsync(
        OrgWorkDbContext db,
        IReadOnlyList<RosterEntry> entries,
        Dictionary<string, int> branchIds,
        DateTime utcNow,
        RosterImportOptions options,
        CancellationToken cancellationToken)
    {
        var members = await db.Learners.AsNoTracking().Where(l => l.Phone != null).ToDictionaryAsync(l => l.Phone!, StringComparer.Ordinal, cancellationToken);
        int updated = 0, unchanged = 0, deactivated = 0;
        var added = new List<RosterEntry>();
        foreach (var entry in entries)
        {
            var branchId = branchIds[entry.Branch];
            if (!members.Remove(entry.Phone, out var learner))
            {
                added.Add(entry);
            }
            else if (RosterMerge.Changes(entry, learner, branchId))
            {
                db.Learners.Attach(learner);
                RosterMerge.Apply(entry, learner, branchId);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        // What is left of the stored members is who the file does not list.
        if (options.DeactivateMissing)
        {
            foreach (var missing in members.Values.Where(l => l.DeactivatedAt is null))
            {
                db.Learners.Attach(missing);
                missing.DeactivatedAt = utcNow;
                deactivated++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (updated, unchanged, deactivated, added);
    }

    /// <summary>Adds the new members with roster ids below the lowest in use, through one prepared statement (<see cref="LearnerRowWriter"/>).</summary>
    private static async Task<int> AddMembersAsync(
        OrgWorkDbContext db, List<RosterEntry> entries, Dictionary<string, int> branchIds, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var nextId = RosterLearnerIds.After(await db.Learners.MinAsync(l => (long?)l.Id, cancellationToken));
        await LearnerRowWriter.InsertAsync(db, entries.Select(entry =>
        {
            var learner = new Learner
            {
                Id = nextId--,
                CreatedAt = utcNow,

                // Never seen: a roster member counts as active only once they use the bot.
                LastSeenAt = DateTime.UnixEpoch,
            };
            RosterMerge.Apply(entry, learner, branchIds[entry.Branch]);
            return learner;
        }), cancellationToken);
        return entries.Count;
    }

    /// <summary>Lets the caller keep its stream open after reading.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
