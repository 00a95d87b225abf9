using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>Limits on what trainers may upload from the chat.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>A Markdown file, or a GIFT/Aiken/CSV question bank (1 MiB).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxMarkdownBytes { get; set; } = 1024 * 1024;

    /// <summary>A zip of a course folder, as sent (10 MiB).</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxZipBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files in one zip (folders not counted).</summary>
    [Range(1, 10_000)]
    public int MaxZipFiles { get; set; } = 200;

    /// <summary>One image inside a zip (5 MiB).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Everything in one zip once unpacked, against zip bombs (50 MiB).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxUnpackedBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Uploads neither published nor cancelled are dropped after this many days.</summary>
    [Range(1, 365)]
    public int StagedUploadDays { get; set; } = 7;
}
