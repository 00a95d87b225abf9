using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// A red-education site (红色教育基地, <c>sites/&lt;slug&gt;.md</c>) with a fixed printed QR code: a visit counts
/// <see cref="Minutes"/> as 学时, once per member and day.
/// </summary>
public sealed record RedSite
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required int Minutes { get; init; }

    public string Place { get; init; } = "";

    public required RichText Description { get; init; }

    public required string SourcePath { get; init; }
}
