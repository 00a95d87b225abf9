using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>The result of reading a GIFT, Aiken or CSV file: its Markdown (null when nothing could be read) and the problems found.</summary>
public sealed record QuestionImport(QuestionFormat? Format, ConvertedBank? Bank, IReadOnlyList<Diagnostic> Diagnostics, int QuestionCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
