using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>
/// The live policy index. It follows the catalogue: after a content reload the next question (or an explicit
/// <see cref="RefreshAsync"/>) syncs the stored chunks incrementally and swaps in a new in-memory snapshot built from them.
/// </summary>
public sealed class PolicyIndex : IDisposable
{
    private readonly CatalogueStore _catalogue;
    private readonly PolicyIndexer _indexer;
    private readonly IDbContextFactory<OrgWorkDbContext> _contextFactory;
    private readonly ITextSegmenter _segmenter;
    private readonly RetrievalOptions _options;
    private readonly ILogger<PolicyIndex> _logger;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile PolicyIndexSnapshot? _current;
    private volatile bool _stale = true;

    public PolicyIndex(
        CatalogueStore catalogue, PolicyIndexer indexer, IDbContextFactory<OrgWorkDbContext> contextFactory, ITextSegmenter segmenter,
        IOptions<RetrievalOptions> options, ILogger<PolicyIndex> logger)
    {
        _catalogue = catalogue;
        _indexer = indexer;
        _contextFactory = contextFactory;
        _segmenter = segmenter;
        _options = options.Value;
        _logger = logger;
        _catalogue.Reloaded += OnCatalogueReloaded;
    }

    /// <summary>The current snapshot, refreshed first if the content changed since it was built.</summary>
    public async Task<PolicyIndexSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_stale || _current is null)
        {
            await RefreshAsync(cancellationToken);
        }

        return _current!;
    }

    /// <summary>Syncs the stored index with the catalogue's policy files and rebuilds the in-memory snapshot.</summary>
    public async Task<PolicyIndexReport> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            _stale = false;
            var report = await _indexer.SyncAsync(_catalogue.Current.Policies, cancellationToken);
            _current = PolicyIndexSnapshot.Build(await LoadChunksAsync(cancellationToken), _segmenter, _options);
            return report;
        }
        catch
        {
            _stale = true;
            throw;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose()
    {
        _catalogue.Reloaded -= OnCatalogueReloaded;
        _refreshGate.Dispose();
    }

    private void OnCatalogueReloaded(object? sender, ContentLoadResult result)
    {
        _stale = true;
        _logger.LogDebug("Content reloaded; the policy index refreshes before the next question");
    }

    private async Task<IReadOnlyList<IndexedChunk>> LoadChunksAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.Set<PolicyDocumentRecord>().AsNoTracking().ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
        var chunks = await db.Set<PolicyChunkRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return chunks
            .OrderBy(c => c.DocumentKey, StringComparer.Ordinal).ThenBy(c => c.Ordinal)
            .Select(c =>
            {
                var d = documents[c.DocumentKey];
                var metadata = new PolicyMetadata(d.Number, d.Issuer, d.Effective, d.SupersededBy);
                return new IndexedChunk(
                    $"{c.DocumentKey}#{c.Ordinal}", c.DocumentKey, d.FileStem, d.Title, c.HeadingPath.Replace("\n", " › ", StringComparison.Ordinal), c.Text, metadata)
                {
                    Embedding = EmbeddingCodec.Decode(c.Embedding),
                };
            })
            .ToList();
    }
}
