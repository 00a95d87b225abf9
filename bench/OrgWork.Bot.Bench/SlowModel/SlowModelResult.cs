namespace OrgWork.Bot.Bench.SlowModel;

/// <summary>Navigation latency with <see cref="Waiting"/> questions on the model.</summary>
internal sealed record SlowModelResult(int Waiting, int Inputs, double Seconds, double P50, double P99, double Max, int Answered, int OnModel);
