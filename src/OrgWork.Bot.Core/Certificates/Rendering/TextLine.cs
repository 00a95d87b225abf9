namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>A line of text as runs in the main (CJK) font or the Latin one, with each run's width.</summary>
internal sealed record TextLine(IReadOnlyList<(string Text, bool Main, double Width)> Runs)
{
    public double Width => Runs.Sum(r => r.Width);

    /// <summary><paramref name="text"/> wrapped to <paramref name="maxWidth"/>, each line cut into measured runs.</summary>
    public static IReadOnlyList<TextLine> Layout(string text, double maxWidth, CertificateFonts fonts, Func<string, bool, double> measure) =>
        TextWrap.Lines(text, maxWidth, s => fonts.Runs(s).Sum(r => measure(r.Text, r.Main)))
            .Select(line => new TextLine(fonts.Runs(line).Select(r => (r.Text, r.Main, measure(r.Text, r.Main))).ToList()))
            .ToList();

    /// <summary>Where the line starts for an alignment: 0 left, 0.5 centred, 1 right, within [<paramref name="left"/>, <paramref name="right"/>].</summary>
    public double Start(double left, double right, double alignment) => left + ((right - left - Width) * alignment);
}
