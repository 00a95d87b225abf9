using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Hosting;
using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>
/// The live policy index. <see cref="RefreshAsync"/> syncs the stored chunks with the catalogue's policy files
/// (incrementally), embeds what is missing, builds the next in-memory snapshot and swaps it in; it runs after every
/// content reload, in the background (the first one once the service serves, see <see cref="StartupPhase"/>). Turns only read (<see cref="GetAsync"/>) the last complete snapshot and never
/// wait for a refresh: the refresh lock is taken by refreshes alone (before the write gate, never while a turn could
/// need it), and the load lock only guards the first read of the stored snapshot, a plain database read.
/// </summary>
public sealed class PolicyIndex : IDisposable
{
    private readonly CatalogueStore _catalogue;
    private readonly PolicyIndexer _indexer;
    private readonly PolicyEmbeddings _embeddings;
    private readonly IDbContextFactory<OrgWorkDbContext> _contextFactory;
    private readonly ITextSegmenter _segmenter;
    private readonly RetrievalOptions _options;
    private readonly StartupPhase _startup;
    private readonly ILogger<PolicyIndex> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile PolicyIndexSnapshot? _current;

    public PolicyIndex(
        CatalogueStore catalogue, PolicyIndexer indexer, PolicyEmbeddings embeddings, IDbContextFactory<OrgWorkDbContext> contextFactory,
        ITextSegmenter segmenter, IOptions<RetrievalOptions> options, StartupPhase startup, ILogger<PolicyIndex> logger)
    {
        _embeddings = embeddings;
        _catalogue = catalogue;
        _indexer = indexer;
        _contextFactory = contextFactory;
        _segmenter = segmenter;
        _options = options.Value;
        _startup = startup;
        _logger = logger;
        _catalogue.Reloaded += OnCatalogueReloaded;
    }

    /// <summary>The snapshot in memory, or null before the first refresh or read of this process (readiness reports it).</summary>
    public PolicyIndexSnapshot? Current => _current;

    /// <summary>The current snapshot; before the first refresh of this process, the one stored in the database.</summary>
    public async Task<PolicyIndexSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>
    /// Syncs the stored index with the catalogue's policy files and rebuilds the snapshot. Before the catalogue's first
    /// load there is nothing to sync against (syncing would remove every document), so only the snapshot is loaded.
    /// </summary>
    public async Task<PolicyIndexReport> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var catalogue = _catalogue.Current;
            var report = ReferenceEquals(catalogue, Catalogue.Empty)
                ? new PolicyIndexReport(0, 0, [], [], [], 0)
                : await _indexer.SyncAsync(catalogue.Policies, cancellationToken);
            await _indexer.EmbedMissingAsync(_embeddings, cancellationToken);
            var next = await LoadAsync(cancellationToken);
            _current = next;
            return report with { Documents = next.DocumentCount, Chunks = next.Chunks.Count };
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose()
    {
        _catalogue.Reloaded -= OnCatalogueReloaded;
        _stopping.Cancel();
        _refreshLock.Dispose();
        _loadLock.Dispose();
    }

    private void OnCatalogueReloaded(object? sender, ContentLoadResult result) => _startup.Track(RefreshInBackgroundAsync());

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            // Not before the service serves, and off the reloading caller's thread: the reload may come from inside a
            // conversation turn.
            await _startup.WhenServingAsync(_stopping.Token);
            await Task.Yield();
            await RefreshAsync(_stopping.Token);
        }
        catch (Exception ex) when (ex is ObjectDisposedException || (ex is OperationCanceledException && _stopping.IsCancellationRequested))
        {
            // The host is shutting down.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Refreshing the policy index failed; the previous index stays live");
        }
    }

    private async Task<PolicyIndexSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.Set<PolicyDocumentRecord>().AsNoTracking().ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
        var chunks = await db.Set<PolicyChunkRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var indexed = chunks
            .OrderBy(c => c.DocumentKey, StringComparer.Ordinal).ThenBy(c => c.Ordinal)
            .Select(c =>
            {
                var d = documents[c.DocumentKey];
                var metadata = new PolicyMetadata(d.Number, d.Issuer, d.Effective, d.SupersededBy);
                return new IndexedChunk(
                    $"{c.DocumentKey}#{c.Ordinal}", c.DocumentKey, d.FileStem, d.Title, c.HeadingPath.Replace("\n", " › ", StringComparison.Ordinal), c.Text, metadata)
                {
                    Embedding = c.EmbeddingModel == _embeddings.Model ? EmbeddingCodec.Decode(c.Embedding) : null,
                };
            })
            .ToList();
        return PolicyIndexSnapshot.Build(indexed, _segmenter, _options);
    }
}
