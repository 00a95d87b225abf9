namespace OrgWork.Bot.Core.Publishing;

/// <summary>An upload refused before validation (size, type, unsafe zip); the message is shown to the trainer as is.</summary>
public sealed class UploadRejectedException(string message) : Exception(message);
