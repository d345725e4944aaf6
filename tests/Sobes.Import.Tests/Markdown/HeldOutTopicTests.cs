using Sobes.Core.Library;
using Sobes.Import.Markdown;
using Sobes.Import.Tests.QuizPage;
using Xunit.Abstractions;

namespace Sobes.Import.Tests.Markdown;

/// <summary>
/// An English Q&amp;A list written for this test, read and tagged as an import would: its own section headings say
/// which topic each item belongs to. Its title says "Interview", which must not make every item a career item.
/// </summary>
public sealed class HeldOutTopicTests(ITestOutputHelper output)
{
    // The topics that fit each section of the list.
    private static readonly Dictionary<string, string[]> Fits = new(StringComparer.Ordinal)
    {
        ["Evaluating Classifiers"] = ["metrics"],
        ["Model Validation and Overfitting"] = ["validation"],
        ["Regularization"] = ["regularization"],
        ["Trees and Ensembles"] = ["ensembles", "classical-ml"],
        ["Neural Networks"] = ["deep-learning", "optimization"],
        ["Working with Text"] = ["nlp", "llm"],
        ["Statistics and Experiments"] = ["probability"],
        ["SQL"] = ["sql"],
        ["Search and Ranking"] = ["ranking"],
        ["Recommender Systems"] = ["recsys"],
        ["Time Series"] = ["time-series"],
        ["Deploying Models"] = ["mlops"],
    };

    [Fact]
    public void Items_carry_the_topic_of_their_section_first_and_are_not_career_items()
    {
        var posts = TestFiles.Read(new MarkdownQaReader(), TestFiles.Fixture("heldout-interview-list.md")).Posts;
        Assert.Equal(60, posts.Count);

        int fitting = 0, first = 0, career = 0;
        foreach (var post in posts)
        {
            var draft = PostAnalyzer.Analyze(post)!;
            var fits = Fits[post.TopicHints[^1]];
            fitting += draft.Topics.Any(fits.Contains) ? 1 : 0;
            first += draft.Topics.Count > 0 && fits.Contains(draft.Topics[0]) ? 1 : 0;
            career += draft.Topics.Contains("career") ? 1 : 0;
            if (draft.Topics.Count == 0 || !fits.Contains(draft.Topics[0]))
            {
                output.WriteLine($"{post.TopicHints[^1]}: {post.TitleHint} -> [{string.Join(", ", draft.Topics)}]");
            }
        }

        output.WriteLine($"fitting topic {fitting}/60, first {first}/60, career {career}/60");
        var unaided = posts.Select(p => PostAnalyzer.Analyze(p with { TopicHints = [] })!.Topics).ToList();
        output.WriteLine($"without the section headings: fitting {posts.Zip(unaided).Count(x => x.Second.Any(Fits[x.First.TopicHints[^1]].Contains))}/60, "
            + $"first {posts.Zip(unaided).Count(x => x.Second.Count > 0 && Fits[x.First.TopicHints[^1]].Contains(x.Second[0]))}/60");
        Assert.True(fitting >= 54, $"{fitting} of 60 items carry a topic of their section");
        Assert.True(first >= 48, $"{first} of 60 items have it first");
        Assert.True(career <= 1, $"{career} of 60 items are tagged career");
    }
}
