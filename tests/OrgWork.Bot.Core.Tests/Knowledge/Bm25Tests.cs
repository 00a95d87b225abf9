using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class Bm25Tests
{
    // Three documents of lengths 3, 1 and 1 (average 5/3); "党费" is in two of them.
    private static readonly IReadOnlyList<IReadOnlyList<string>> Documents =
    [
        ["党费", "党费", "交纳"],
        ["党费"],
        ["党员"],
    ];

    [Fact]
    public void IdfMatchesTheFormulaByHand() =>
        Assert.Equal(Math.Log(1.6), Bm25.Idf(3, 2), 12); // ln(1 + (3 - 2 + 0.5) / (2 + 0.5))

    [Fact]
    public void FieldScoresMatchScoresComputedByHand()
    {
        var field = FieldIndex<string>.Build(Documents, k1: 1.2, b: 0.75);
        var scores = new float[3];

        field.Accumulate("党费", 1.0, scores, new int[3], stamp: 1);

        // doc 0: tf 2, |d| 3 → K = 1.2 · (0.25 + 0.75 · 3 / (5/3)) = 1.92; ln 1.6 · 2 · 2.2 / 3.92
        Assert.Equal(0.527555, scores[0], 5);
        // doc 1: tf 1, |d| 1 → K = 1.2 · (0.25 + 0.75 · 0.6) = 0.84; ln 1.6 · 2.2 / 1.84
        Assert.Equal(0.561961, scores[1], 5);
        Assert.Equal(0, scores[2]);
    }

    [Fact]
    public void ATitleTermScoresTheSaturatedMaximumHoweverOftenItIsRepeated()
    {
        var field = FieldIndex<string>.Build(Documents, k1: 1.2, b: 0.75);
        var scores = new float[3];
        var marks = new int[] { 7, 7, 0 };

        field.Accumulate("党费", 1.0, scores, marks, stamp: 7);

        Assert.Equal(Math.Log(1.6) * 2.2, scores[0], 5);
        Assert.Equal(scores[0], scores[1]);
    }
}
