namespace OrgWork.Bot.Core.Reports;

/// <summary>What a report's or ranking's rows are: branches (党支部), or the 党委/党总支 above them with their branches rolled up.</summary>
public enum ReportLevel
{
    Branch,
    Parent,
}
