using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Remembers the line of the last YAML event read, to place errors that come without a position.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public int LastLine { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastLine = (int)current.Start.Line;
        }

        return moved;
    }
}
