namespace OrgWork.Bot.Core.Content;

/// <summary>A policy document found under <c>policies/</c>; the knowledge index ingests it.</summary>
public sealed record PolicyDocumentFile(string RelativePath, string FullPath);
