using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Content;

/// <summary>Where trainers' Markdown lives and how it is cut into chat pages.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder (relative paths resolve against the working directory).</summary>
    [Required]
    public string Root { get; set; } = "content";

    /// <summary>Files larger than this are rejected unread (1 MiB by default).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>Target size of one lesson page in characters of Telegram HTML; at most 3900, leaving room for the page header within Telegram's 4096.</summary>
    [Range(500, 3900)]
    public int PageSize { get; set; } = 3500;

    /// <summary>Whether the service watches the folder and reloads edited files.</summary>
    public bool Watch { get; set; } = true;
}
