using System.Globalization;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>Ablations: change one retrieval setting from the command line to see what it is worth.</summary>
internal static class RetrievalOverrides
{
    public static RetrievalOptions Apply(RetrievalOptions options, BenchArguments args)
    {
        options.K1 = Number(args, "--k1") ?? options.K1;
        options.B = Number(args, "--b") ?? options.B;
        options.BigramWeight = Number(args, "--bigram-weight") ?? options.BigramWeight;
        return options;
    }

    private static double? Number(BenchArguments args, string name) =>
        args.Get(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : null;
}
