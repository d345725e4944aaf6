using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Sobes.Data.Search;

/// <summary>Lucene's view of <see cref="SearchText"/>: one tokenizer that emits stems with offsets and positions.</summary>
internal sealed class StemmingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new StemmingTokenizer(reader));

    private sealed class StemmingTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private readonly IPositionIncrementAttribute increment;
        private List<AnalyzedWord> words = [];
        private int textLength;
        private int next;
        private int lastPosition;

        public StemmingTokenizer(TextReader input)
            : base(input)
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (next >= words.Count)
            {
                return false;
            }

            var word = words[next++];
            term.SetEmpty().Append(word.Stem);
            offset.SetOffset(CorrectOffset(word.Start), CorrectOffset(word.End));
            increment.PositionIncrement = word.Position - lastPosition;
            lastPosition = word.Position;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            words = SearchText.Analyze(text);
            textLength = text.Length;
            next = 0;
            lastPosition = -1;
        }

        public override void End()
        {
            base.End();
            var final = CorrectOffset(textLength);
            offset.SetOffset(final, final);
        }
    }
}
