using System.Text;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>Gathers text under a stack of headings: a heading at level n replaces the path from level n down.</summary>
internal sealed class SectionCollector
{
    private readonly List<(int Level, string Text)> _headings = [];
    private readonly List<PolicySection> _sections = [];
    private readonly StringBuilder _text = new();

    public void Heading(int level, string text)
    {
        Flush();
        _headings.RemoveAll(h => h.Level >= level);
        _headings.Add((level, text.Trim()));
    }

    public void Line(string line)
    {
        if (line.Trim().Length > 0)
        {
            _text.Append(line.Trim()).Append('\n');
        }
    }

    public IReadOnlyList<PolicySection> Finish()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        if (_text.Length > 0)
        {
            _sections.Add(new PolicySection([.. _headings.Select(h => h.Text)], _text.ToString().TrimEnd()));
            _text.Clear();
        }
    }
}
