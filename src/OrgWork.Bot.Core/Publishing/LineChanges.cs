namespace OrgWork.Bot.Core.Publishing;

/// <summary>How many lines a file gains and loses going from one text to another (a longest-common-subsequence count).</summary>
public readonly record struct LineChanges(int Added, int Removed)
{
    public static LineChanges Between(string? before, string after)
    {
        var old = Lines(before);
        var @new = Lines(after);
        var common = CommonLength(old, @new);
        return new LineChanges(@new.Length - common, old.Length - common);
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Two rows of the usual table: lesson files are a few hundred lines, so time is no concern and memory stays linear.</summary>
    private static int CommonLength(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var line in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = string.Equals(line, b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
