using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Tests.Support;

public static class TestLoader
{
    public static ContentLoader Create(ContentOptions? options = null) =>
        new(Options.Create(options ?? new ContentOptions()), new MarkdownRenderer());

    public static Task<ContentLoadResult> LoadAsync(string root, Catalogue? previous = null) =>
        Create().LoadAsync(root, previous, CancellationToken.None);
}
