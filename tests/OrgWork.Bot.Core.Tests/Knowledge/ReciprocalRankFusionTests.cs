using OrgWork.Bot.Core.Knowledge.Embeddings;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class ReciprocalRankFusionTests
{
    [Fact]
    public void FusionRanksItemsByTheSumOfTheirReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse(["a", "b", "c"], ["c", "b", "d"]);

        // c: 1/63 + 1/61 = 0.032266; b: 1/62 + 1/62 = 0.032258; a: 1/61; d: 1/63.
        Assert.Equal(["c", "b", "a", "d"], fused);
    }
}
