namespace OrgWork.Bot.Core.Conversation;

public sealed record ReplyImage(string FileName, ReadOnlyMemory<byte> Png);
