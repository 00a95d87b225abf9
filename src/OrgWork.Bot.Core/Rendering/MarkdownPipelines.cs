using Markdig;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>The one Markdig pipeline used for content and for the engine's own messages.</summary>
public static class MarkdownPipelines
{
    /// <summary>Immutable once built; safe to share across threads.</summary>
    public static MarkdownPipeline Content { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseTaskLists()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();
}
