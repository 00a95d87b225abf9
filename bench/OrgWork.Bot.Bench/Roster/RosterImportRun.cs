namespace OrgWork.Bot.Bench.Roster;

/// <summary>One measured import: its scenario, the plan and apply times, the CPU time of its whole process, the process's peak resident memory and the summary line.</summary>
internal sealed record RosterImportRun(string Scenario, double PlanSeconds, double ApplySeconds, double CpuSeconds, double PeakMiB, string Summary)
{
    public double TotalSeconds => PlanSeconds + ApplySeconds;
}
