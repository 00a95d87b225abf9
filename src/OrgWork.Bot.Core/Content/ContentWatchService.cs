using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Loads the content at start-up and, while serving, reloads it shortly after files change
/// (changes within a short quiet period are batched into one reload).
/// </summary>
public sealed class ContentWatchService(CatalogueStore store, IOptions<ContentOptions> options, ILogger<ContentWatchService> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);

    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? _watcher;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Watch before the first load, so an edit made while loading still triggers a reload.
        _watcher = CreateWatcher();
        await store.ReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is null)
        {
            return;
        }

        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(QuietPeriod, stoppingToken);
                while (_changes.Reader.TryRead(out _))
                {
                }

                try
                {
                    await store.ReloadAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Content reload failed; the previous catalogue stays live");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private FileSystemWatcher? CreateWatcher()
    {
        if (!options.Value.Watch || !Directory.Exists(store.Root))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(store.Root) { IncludeSubdirectories = true };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Content watcher error; reloading everything");
            _changes.Writer.TryWrite(store.Root);
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Root} for content changes", store.Root);
        return watcher;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // An editor's lock links, swap files and backups change with every keystroke; they are not content.
        // A rename into or out of an ignored name (an atomic write's temporary file) is a change of content.
        var ignored = IsIgnored(e.FullPath) && (e is not RenamedEventArgs renamed || IsIgnored(renamed.OldFullPath));
        if (!ignored)
        {
            _changes.Writer.TryWrite(e.FullPath);
        }
    }

    private bool IsIgnored(string fullPath) => ContentFileNames.IsIgnored(Path.GetRelativePath(store.Root, fullPath));
}
