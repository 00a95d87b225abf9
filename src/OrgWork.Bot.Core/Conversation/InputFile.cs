namespace OrgWork.Bot.Core.Conversation;

/// <summary>A file sent to the bot; the content is read lazily so channels can stream large files.</summary>
public sealed record InputFile(string FileName, long Length, Func<CancellationToken, Task<Stream>> OpenAsync);
