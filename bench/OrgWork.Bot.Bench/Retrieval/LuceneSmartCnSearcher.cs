using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OrgWork.Bot.Core.Knowledge.Evaluation;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>
/// The reference: Lucene.Net 4.8 with the SmartCn analyzer and BM25 (k1 1.2, b 0.75), the question's analysed terms
/// as one OR query, the index in memory.
/// </summary>
internal sealed class LuceneSmartCnSearcher : IPassageSearcher, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TextField = "text";

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneSmartCnSearcher(IReadOnlyList<IndexedPassage> passages)
    {
        _analyzer = new SmartChineseAnalyzer(Version);
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, passage.Id, Field.Store.YES),
                    new Lucene.Net.Documents.TextField(TextField, passage.IndexText, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Search(string question, int count)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(TextField, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term(TextField, term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        var top = _searcher.Search(query, count);
        return [.. top.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(IdField, CultureInfo.InvariantCulture))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
