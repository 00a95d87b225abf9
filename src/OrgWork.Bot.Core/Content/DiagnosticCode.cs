using System.Globalization;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// One kind of content problem: a stable code (<c>CT103</c>) that docs and tests refer to, its level, and the
/// Chinese template of its message. Every code is defined in <see cref="Conversation.UiText.Diagnostics"/>.
/// </summary>
public sealed record DiagnosticCode(string Id, DiagnosticLevel Level, string Template)
{
    /// <summary>The problem at a line of a file, its template filled with <paramref name="arguments"/>.</summary>
    public Diagnostic At(string path, int line, params object?[] arguments) =>
        new(path, Math.Max(line, 1), this, string.Format(CultureInfo.InvariantCulture, Template, arguments));

    public override string ToString() => Id;
}
