namespace OrgWork.Bot.Core.Notices;

/// <summary>A posted notice: its id, how many members it went to and how many of them get it on Telegram too.</summary>
public sealed record NoticePosted(long NoticeId, int Recipients, int ViaTelegram);
