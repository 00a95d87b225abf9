using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>How many points a reason earns and how many it may earn in one day.</summary>
public sealed record PointRule(PointReason Reason, int Points, int DailyCap);
