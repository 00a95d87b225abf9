using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>The real loader, until a test makes every load throw (as a loader bug or an out-of-memory would).</summary>
public sealed class SwitchableContentLoader(ContentLoader inner) : IContentLoader
{
    public bool Fail { get; set; }

    public int FailedLoads { get; private set; }

    public Task<ContentLoadResult> LoadAsync(string root, Catalogue? previous, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            FailedLoads++;
            throw new InvalidOperationException("the catalogue reload fails (test)");
        }

        return inner.LoadAsync(root, previous, cancellationToken);
    }
}
