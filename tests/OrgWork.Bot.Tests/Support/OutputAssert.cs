namespace OrgWork.Bot.Tests.Support;

/// <summary>Assertions on what a program printed.</summary>
internal static class OutputAssert
{
    /// <summary>Each of <paramref name="expected"/> appears in <paramref name="output"/>, in this order (each at or after the previous one's start).</summary>
    public static void ContainsInOrder(string output, params string[] expected)
    {
        var position = 0;
        foreach (var line in expected)
        {
            var found = output.IndexOf(line, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' missing after position {position} in:\n{output}");
            position = found;
        }
    }
}
