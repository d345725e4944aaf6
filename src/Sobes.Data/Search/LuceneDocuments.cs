using System.Globalization;
using Lucene.Net.Documents;

namespace Sobes.Data.Search;

/// <summary>
/// Turns <see cref="SearchDocument"/>s into Lucene documents, reusing the same field instances for every one
/// (Lucene's advice for bulk indexing): a new non-tokenised field builds its own token stream and attribute maps
/// per document, which at an import's volume costs more than indexing the text. Not thread-safe: the index uses
/// it under its write lock, and each document is consumed before the next is built.
/// </summary>
internal sealed class LuceneDocuments
{
    private readonly StringField id = new(SearchFields.Id, "", Field.Store.YES);
    private readonly NumericDocValuesField idOrder = new(SearchFields.IdOrder, 0);
    private readonly StringField kind = new(SearchFields.Kind, "", Field.Store.YES);
    private readonly TextField title = new(SearchFields.Title, "", Field.Store.YES);
    private readonly TextField text = new(SearchFields.Text, "", Field.Store.YES);
    private readonly List<Field> topics = [];
    private readonly List<Field> sources = [];
    private readonly List<Field> tags = [];

    public Document From(SearchDocument doc)
    {
        id.SetStringValue(doc.Id.ToString(CultureInfo.InvariantCulture));
        idOrder.SetInt64Value(doc.Id);
        kind.SetStringValue(doc.Kind);
        title.SetStringValue(doc.Title);
        text.SetStringValue(doc.Text);
        var document = new Document { id, idOrder, kind, title, text };
        AddAll(document, doc.Topics, topics, value => new StringField(SearchFields.Topic, value, Field.Store.NO));
        AddAll(document, doc.Sources, sources, value => new StringField(SearchFields.Source, value, Field.Store.NO));
        AddAll(document, doc.Hashtags, tags, value => new TextField(SearchFields.Tags, value, Field.Store.NO));
        return document;
    }

    private static void AddAll(Document document, IReadOnlyList<string> values, List<Field> fields, Func<string, Field> create)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i == fields.Count)
            {
                fields.Add(create(values[i]));
            }
            else
            {
                fields[i].SetStringValue(values[i]);
            }

            document.Add(fields[i]);
        }
    }
}
