using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Diagnostics;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Holds the live catalogue. A reload builds a new snapshot and swaps it in whole, so a learner in the
/// middle of a lesson keeps reading a consistent version.
/// </summary>
public sealed class CatalogueStore(IContentLoader loader, IOptions<ContentOptions> options, OrgWorkMetrics metrics, ILogger<CatalogueStore> logger) : IDisposable
{
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private volatile Catalogue _current = Catalogue.Empty;

    public Catalogue Current => _current;

    public string Root => options.Value.Root;

    /// <summary>Raised after every reload with the new result.</summary>
    public event EventHandler<ContentLoadResult>? Reloaded;

    public async Task<ContentLoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken);
        try
        {
            var result = await loader.LoadAsync(Root, _current, cancellationToken);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    logger.LogError("Content problem: {Diagnostic}", diagnostic.ToString());
                }
                else
                {
                    logger.LogWarning("Content problem: {Diagnostic}", diagnostic.ToString());
                }
            }

            _current = result.Catalogue;
            metrics.ContentReloaded(result.ErrorCount);
            logger.LogInformation(
                "Content loaded from {Root}: {Courses} courses, {Lessons} lessons, {Questions} questions, {Policies} policy documents ({Errors} errors, {Warnings} warnings)",
                Root, result.Catalogue.Courses.Count, result.Catalogue.LessonCount, result.Catalogue.QuestionCount, result.Catalogue.Policies.Count, result.ErrorCount, result.WarningCount);
            Reloaded?.Invoke(this, result);
            return result;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose() => _reloadGate.Dispose();
}
