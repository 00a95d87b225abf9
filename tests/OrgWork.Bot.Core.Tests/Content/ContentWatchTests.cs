using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

public sealed class ContentWatchTests : IAsyncLifetime, IDisposable
{
    private readonly TempContent _content = new();
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().AddSingleton<OrgWorkMetrics>().BuildServiceProvider();
    private CatalogueStore _store = null!;
    private ContentWatchService _watcher = null!;

    public async Task InitializeAsync()
    {
        var options = Options.Create(new ContentOptions { Root = _content.Root });
        _store = new CatalogueStore(new ContentLoader(options, new Core.Rendering.MarkdownRenderer()), options, _metrics.GetRequiredService<OrgWorkMetrics>(), NullLogger<CatalogueStore>.Instance);
        _watcher = new ContentWatchService(_store, options, NullLogger<ContentWatchService>.Instance);
        await _watcher.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _watcher.StopAsync(CancellationToken.None);

    public void Dispose()
    {
        _watcher.Dispose();
        _store.Dispose();
        _content.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public async Task AnEditedLessonIsReloadedWhileServing()
    {
        _content.Write("courses/beta/01-only.md", "---\ntitle: 改过的标题\nminutes: 8\n---\n新正文。");

        await Eventually.TrueAsync(() => _store.Current.FindLessonByKey("beta/only")?.Title == "改过的标题", "the edit was picked up");
    }

    [Fact]
    public async Task AnInvalidEditKeepsThePreviousVersionLive()
    {
        var errors = new List<Diagnostic>();
        _store.Reloaded += (_, result) => { lock (errors) { errors.AddRange(result.Diagnostics.Where(d => d.IsError)); } };

        _content.Write("courses/beta/01-only.md", "---\ntitle: [坏\n---\n");

        await Eventually.TrueAsync(() => { lock (errors) { return errors.Count > 0; } }, "the invalid edit was reported");
        Assert.Equal("乙课程唯一一课", _store.Current.FindLessonByKey("beta/only")!.Title);
    }

    [Fact]
    public async Task AnUnrelatedEditIsStillReloadedAfterBadFilesAppear()
    {
        var errors = new List<Diagnostic>();
        _store.Reloaded += (_, result) => { lock (errors) { errors.AddRange(result.Diagnostics.Where(d => d.IsError)); } };
        _content.Write("courses/alpha/03-deep.md", BadContentFiles.TooDeeplyNested);
        BadContentFiles.DanglingLink(_content.Root, "courses/alpha/04-gone.md");
        BadContentFiles.DanglingLink(_content.Root, "courses/beta/.#01-only.md");
        await Eventually.TrueAsync(() => { lock (errors) { return errors.Count >= 2; } }, "the bad files were reported");

        _content.Write("courses/beta/01-only.md", "---\ntitle: 改过的标题\nminutes: 8\n---\n新正文。");

        await Eventually.TrueAsync(() => _store.Current.FindLessonByKey("beta/only")?.Title == "改过的标题", "the edit was picked up");
        Assert.Equal("第一课", _store.Current.FindLessonByKey("alpha/first")!.Title);
        lock (errors)
        {
            Assert.Contains(errors, e => e.Path == _content.Display("courses/alpha/03-deep.md"));
            Assert.Contains(errors, e => e.Path == _content.Display("courses/alpha/04-gone.md"));
            Assert.DoesNotContain(errors, e => e.Path.Contains(".#", StringComparison.Ordinal));
        }
    }
}
