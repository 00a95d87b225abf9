namespace OrgWork.Bot.Core.Notices;

/// <summary>How far a notice (or one branch's share of it) got: members it went to, reached on some channel, and read.</summary>
public sealed record NoticeRate(string Label, int Recipients, int Reached, int Read)
{
    /// <summary>Read of those it went to, 0 to 1.</summary>
    public double ReadRate => Recipients == 0 ? 0 : (double)Read / Recipients;
}
