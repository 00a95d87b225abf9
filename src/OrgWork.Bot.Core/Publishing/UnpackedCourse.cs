namespace OrgWork.Bot.Core.Publishing;

/// <summary>A course folder from a zip: its slug and its files, paths relative to the course folder.</summary>
public sealed record UnpackedCourse(string Slug, IReadOnlyList<DraftFile> Files);
