using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Faq;

/// <summary>
/// Finds the curated answer whose phrasing is closest to a question, both read in the documents' words (the synonym
/// list applied). Similarity is the mean of the Dice overlap of words and of character pairs; at or above
/// <see cref="KnowledgeOptions.FaqMinSimilarity"/> the curated answer is given, provided it names the question's subjects.
/// </summary>
public sealed class FaqMatcher(ITextSegmenter segmenter, QuestionSubjects subjects, CatalogueStore catalogue, IOptions<KnowledgeOptions> options)
{
    private readonly TermAnalyzer _analyzer = new(segmenter);

    public (FaqEntry Entry, double Similarity)? Match(string question)
    {
        var current = catalogue.Current;
        if (current.Faqs.Count == 0)
        {
            return null;
        }

        var synonyms = current.Synonyms;
        var asked = _analyzer.Analyze(synonyms.ToDocumentWords(question));
        var best = current.Faqs
            .SelectMany(f => f.Questions.Select(q => (Entry: f, Similarity: Similarity(asked, _analyzer.Analyze(synonyms.ToDocumentWords(q))))))
            .MaxBy(m => m.Similarity);
        if (best.Entry is null || best.Similarity < options.Value.FaqMinSimilarity)
        {
            return null;
        }

        // Only the phrasings say whom the curated answer is about; its text may mention others it does not answer for.
        var text = string.Join('\n', best.Entry.Questions);
        var named = subjects.Of(question).All(s => synonyms.Forms(s).Any(f => text.Contains(f, StringComparison.Ordinal)));
        return named ? best : null;
    }

    private static double Similarity(AnalyzedText a, AnalyzedText b) =>
        (Dice(a.Words, b.Words) + Dice(a.Bigrams, b.Bigrams)) / 2;

    private static double Dice<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var left = a.ToHashSet();
        var right = b.ToHashSet();
        return left.Count + right.Count == 0 ? 0 : 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }
}
