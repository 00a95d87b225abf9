namespace OrgWork.Bot.Core.Content;

/// <summary>Reads a content folder into a catalogue; <see cref="ContentLoader"/> is the one implementation.</summary>
public interface IContentLoader
{
    /// <summary>Loads <paramref name="root"/>; a file with errors keeps its version in <paramref name="previous"/>.</summary>
    Task<ContentLoadResult> LoadAsync(string root, Catalogue? previous, CancellationToken cancellationToken);
}
