using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Ingestion;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>
/// Brings the stored index in line with the policy files: a file whose content hash is unchanged is left alone; a new
/// or changed file is parsed and chunked again and replaces its document's chunks; a vanished file's chunks go. The
/// hash covers the chunking rules too, so changing them re-chunks every document once. Files are read, parsed and
/// chunked before the write gate is entered; the write itself is one brief transaction.
/// </summary>
public sealed class PolicyIndexer(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    PolicyChunker chunker,
    TimeProvider time,
    ILogger<PolicyIndexer> logger)
{
    public async Task<PolicyIndexReport> SyncAsync(IReadOnlyList<PolicyDocumentFile> files, CancellationToken cancellationToken)
    {
        // Reading, parsing and chunking happen first, outside the write gate; only the changes are written under it.
        var (seen, prepared) = await PrepareAsync(files, cancellationToken);
        var (added, updated, removed, unchanged) = await WriteAsync(seen, prepared, cancellationToken);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.Set<PolicyDocumentRecord>().CountAsync(cancellationToken);
        var chunks = await db.Set<PolicyChunkRecord>().CountAsync(cancellationToken);
        unchanged += seen.Count - prepared.Count;
        logger.LogInformation(
            "Policy index: {Documents} documents, {Chunks} chunks; {Added} added, {Updated} changed, {Removed} removed, {Unchanged} unchanged",
            documents, chunks, added.Count, updated.Count, removed.Count, unchanged);
        return new PolicyIndexReport(documents, chunks, added, updated, removed, unchanged);
    }

    /// <summary>The keys of every policy file, and the parsed documents of those whose content differs from the stored one.</summary>
    private async Task<(HashSet<string> Seen, List<PreparedPolicy> Prepared)> PrepareAsync(
        IReadOnlyList<PolicyDocumentFile> files, CancellationToken cancellationToken)
    {
        Dictionary<string, string> storedHashes;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            storedHashes = await db.Set<PolicyDocumentRecord>().AsNoTracking()
                .ToDictionaryAsync(d => d.Key, d => d.ContentHash, StringComparer.Ordinal, cancellationToken);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var prepared = new List<PreparedPolicy>();
        foreach (var file in files)
        {
            var key = PolicyFileParser.KeyOf(file);
            if (!seen.Add(key))
            {
                logger.LogWarning("Policy {Path} has the same key as another file ({Key}); it is skipped", file.RelativePath, key);
                continue;
            }

            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Policy {Path} could not be read; its previous chunks stay", file.RelativePath);
                continue;
            }

            var hash = ContentHash(content);
            if (storedHashes.GetValueOrDefault(key) == hash)
            {
                continue;
            }

            if (Parse(file, key, content) is { } policy)
            {
                prepared.Add(new PreparedPolicy(key, file, policy, [.. chunker.Chunk(policy)], hash));
            }
        }

        return (seen, prepared);
    }

    /// <summary>One brief transaction: the prepared documents replace their stored chunks, vanished documents go.</summary>
    private async Task<(List<string> Added, List<string> Updated, List<string> Removed, int Unchanged)> WriteAsync(
        HashSet<string> seen, List<PreparedPolicy> prepared, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // One sync at a time across instances, all or nothing: a second instance syncing the same shared
        // documents waits, then finds them up to date.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockForTransactionAsync(nameof(PolicyIndexer), cancellationToken);
        var stored = await db.Set<PolicyDocumentRecord>().ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
        List<string> added = [], updated = [];
        var unchanged = 0;
        foreach (var (key, file, policy, chunks, hash) in prepared)
        {
            var record = stored.GetValueOrDefault(key);
            if (record is not null && record.ContentHash == hash)
            {
                // Written meanwhile by another instance.
                unchanged++;
                continue;
            }

            if (record is null)
            {
                record = new PolicyDocumentRecord { Key = key };
                db.Add(record);
                added.Add(key);
            }
            else
            {
                await db.Set<PolicyChunkRecord>().Where(c => c.DocumentKey == key).ExecuteDeleteAsync(cancellationToken);
                updated.Add(key);
            }

            Fill(record, file, policy, hash);
            db.AddRange(chunks.Select(c => new PolicyChunkRecord
            {
                DocumentKey = key,
                Ordinal = c.Ordinal,
                HeadingPath = string.Join('\n', c.HeadingPath),
                Text = c.Text,
            }));
        }

        var removed = stored.Keys.Where(k => !seen.Contains(k)).ToList();
        db.RemoveRange(removed.Select(k => stored[k]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (added, updated, removed, unchanged);
    }

    /// <summary>SHA-256 of the file and of the chunking rules: a change to either makes the chunks stale.</summary>
    private string ContentHash(byte[] content)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(content);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(chunker.Signature));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Stores embeddings for the chunks that have none from the configured model (new or changed documents, or a new
    /// model). The server is called outside the write gate; only the update holds it.
    /// </summary>
    public async Task<int> EmbedMissingAsync(PolicyEmbeddings embeddings, CancellationToken cancellationToken)
    {
        if (!embeddings.IsEnabled)
        {
            return 0;
        }

        List<(long Id, string Text)> missing;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            missing = await db.Set<PolicyChunkRecord>()
                .Where(c => c.Embedding == null || c.EmbeddingModel != embeddings.Model)
                .Join(db.Set<PolicyDocumentRecord>(), c => c.DocumentKey, d => d.Key, (c, d) => new { c.Id, d.Title, c.HeadingPath, c.Text })
                .AsAsyncEnumerable()
                .Select(x => (x.Id, $"{x.Title}\n{x.HeadingPath}\n{x.Text}"))
                .ToListAsync(cancellationToken);
        }

        var vectors = await embeddings.EmbedAsync([.. missing.Select(m => m.Text)], cancellationToken);
        if (vectors is null)
        {
            return 0;
        }

        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var write = await contextFactory.CreateDbContextAsync(cancellationToken);
        for (var i = 0; i < missing.Count; i++)
        {
            var bytes = EmbeddingCodec.Encode(vectors[i].Span);
            await write.Set<PolicyChunkRecord>().Where(c => c.Id == missing[i].Id).ExecuteUpdateAsync(
                u => u.SetProperty(c => c.Embedding, bytes).SetProperty(c => c.EmbeddingModel, embeddings.Model), cancellationToken);
        }

        logger.LogInformation("Embedded {Count} policy chunks with {Model}", missing.Count, embeddings.Model);
        return missing.Count;
    }

    private ParsedPolicy? Parse(PolicyDocumentFile file, string key, byte[] content)
    {
        try
        {
            var policy = PolicyFileParser.Parse(key, file.RelativePath, content);
            foreach (var warning in policy.Warnings)
            {
                logger.LogWarning("Policy {Path}: {Warning}", file.RelativePath, warning);
            }

            return policy;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Policy {Path} could not be parsed; its previous chunks stay", file.RelativePath);
            return null;
        }
    }

    private void Fill(PolicyDocumentRecord record, PolicyDocumentFile file, ParsedPolicy policy, string hash)
    {
        record.FileStem = Path.GetFileNameWithoutExtension(file.RelativePath);
        record.SourcePath = file.RelativePath.Replace('\\', '/');
        record.ContentHash = hash;
        record.Title = policy.Title;
        record.Number = policy.Metadata.Number;
        record.Issuer = policy.Metadata.Issuer;
        record.Effective = policy.Metadata.Effective;
        record.SupersededBy = policy.Metadata.SupersededBy;
        record.IndexedAt = time.GetUtcNow().UtcDateTime;
    }

    private sealed record PreparedPolicy(string Key, PolicyDocumentFile File, ParsedPolicy Policy, IReadOnlyList<PolicyChunk> Chunks, string Hash);
}
