using System.Text;

namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>
/// Cuts a policy into chunks of about <see cref="ChunkingOptions.TargetChars"/> characters along its headings and
/// sentence boundaries. A chunk starts with the last sentence of the previous chunk of the same section when that
/// sentence is short (the overlap keeps a rule and its condition together). Sections too short for a chunk of their own
/// join the following ones under the same top-level heading, their headings kept as lines of text; the chunk is then
/// filed under the headings they share.
/// </summary>
public sealed class PolicyChunker(ChunkingOptions options)
{
    /// <summary>Raise when the chunking rules change, so every document is chunked again once.</summary>
    private const int RulesVersion = 3;

    /// <summary>Identifies the rules and sizes: stored chunks made under another signature are made again.</summary>
    public string Signature => $"chunker-v{RulesVersion}/{options.MaxChars}/{options.TargetChars}/{options.MinChars}/{options.OverlapChars}";

    public IReadOnlyList<PolicyChunk> Chunk(ParsedPolicy policy)
    {
        var chunks = new List<PolicyChunk>();
        var pending = new Pending();
        foreach (var section in policy.Sections)
        {
            var sentences = SentenceSplitter.Split(section.Text, options.MaxChars);
            if (sentences.Count == 0)
            {
                continue;
            }

            if (pending.Length > 0
                && (pending.Length + SectionLength(section, sentences) > options.MaxChars || !pending.SharesTopHeading(section.HeadingPath)))
            {
                Emit(policy, pending, chunks);
            }

            if (pending.Length > 0 && section.HeadingPath.Count > 0)
            {
                pending.Add(new Sentence(section.HeadingPath[^1], EndsLine: true), fresh: true);
            }

            pending.Paths.Add(section.HeadingPath);
            foreach (var sentence in sentences)
            {
                if (pending.HasFresh && pending.Length + sentence.Text.Length > options.MaxChars)
                {
                    var overlap = pending.LastSentence;
                    Emit(policy, pending, chunks);
                    pending.Paths.Add(section.HeadingPath);
                    if (overlap is not null && overlap.Text.Length <= options.OverlapChars
                        && overlap.Text.Length + sentence.Text.Length <= options.MaxChars)
                    {
                        pending.Add(overlap, fresh: false);
                    }
                }

                pending.Add(sentence, fresh: true);
                if (pending.Length >= options.TargetChars)
                {
                    var overlap = pending.LastSentence;
                    Emit(policy, pending, chunks);
                    pending.Paths.Add(section.HeadingPath);
                    if (overlap is not null && overlap.Text.Length <= options.OverlapChars)
                    {
                        pending.Add(overlap, fresh: false);
                    }
                }
            }

            if (pending.HasFresh && pending.Length >= options.MinChars)
            {
                Emit(policy, pending, chunks);
            }
            else if (!pending.HasFresh)
            {
                pending.Clear();
            }
        }

        if (pending.HasFresh)
        {
            Emit(policy, pending, chunks);
        }

        return chunks;
    }

    private static int SectionLength(PolicySection section, IReadOnlyList<Sentence> sentences) =>
        sentences.Sum(s => s.Text.Length) + (section.HeadingPath.Count > 0 ? section.HeadingPath[^1].Length : 0);

    private static void Emit(ParsedPolicy policy, Pending pending, List<PolicyChunk> chunks)
    {
        if (pending.HasFresh)
        {
            chunks.Add(new PolicyChunk(policy.Key, chunks.Count, policy.Title, pending.SharedPath(), pending.Text(), policy.Metadata));
        }

        pending.Clear();
    }

    /// <summary>The chunk being filled: its sentences, whether any is new (not overlap), the heading paths it spans.</summary>
    private sealed class Pending
    {
        private readonly List<Sentence> _sentences = [];

        public List<IReadOnlyList<string>> Paths { get; } = [];

        public int Length { get; private set; }

        public bool HasFresh { get; private set; }

        public Sentence? LastSentence => _sentences.Count > 0 ? _sentences[^1] : null;

        public void Add(Sentence sentence, bool fresh)
        {
            _sentences.Add(sentence);
            Length += sentence.Text.Length;
            HasFresh |= fresh;
        }

        public void Clear()
        {
            _sentences.Clear();
            Paths.Clear();
            Length = 0;
            HasFresh = false;
        }

        public string Text()
        {
            var text = new StringBuilder(Length + _sentences.Count);
            for (var i = 0; i < _sentences.Count; i++)
            {
                text.Append(_sentences[i].Text);
                if (i + 1 < _sentences.Count && _sentences[i].EndsLine)
                {
                    text.Append('\n');
                }
            }

            return text.ToString();
        }

        /// <summary>Whether a section may join: short sections merge only under the same top-level heading.</summary>
        public bool SharesTopHeading(IReadOnlyList<string> path) =>
            Paths.All(p => p.Count == 0 ? path.Count == 0 : path.Count > 0 && p[0] == path[0]);

        /// <summary>The headings every merged section shares; the first section's when they share none.</summary>
        public IReadOnlyList<string> SharedPath()
        {
            if (Paths.Count == 0)
            {
                return [];
            }

            var shared = Paths[0].ToList();
            foreach (var path in Paths.Skip(1))
            {
                var common = 0;
                while (common < shared.Count && common < path.Count && shared[common] == path[common])
                {
                    common++;
                }

                shared.RemoveRange(common, shared.Count - common);
            }

            return shared.Count > 0 ? shared : Paths[0];
        }
    }
}
