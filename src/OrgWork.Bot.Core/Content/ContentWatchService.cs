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

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.ReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !Directory.Exists(store.Root))
        {
            return;
        }

        var changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(store.Root) { IncludeSubdirectories = true };
        FileSystemEventHandler onChange = (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Content watcher error; reloading everything");
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Root} for content changes", store.Root);

        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(QuietPeriod, stoppingToken);
                while (changes.Reader.TryRead(out _))
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
}
