using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Core.Library;

/// <summary>The library pipeline for one post: normalise, strip chrome, find title, question and answer, classify, tag.</summary>
public static partial class PostAnalyzer
{
    private const int StackBytes = 1024;

    /// <summary>Turns a raw post into an item draft; null when nothing but chrome was left.</summary>
    public static ItemDraft? Analyze(RawPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var normalized = TextNormalizer.Normalize(InertText.Clean(post.Text));
        var (stripped, dropped) = ChromeFilter.Strip(normalized);
        var hashtags = new List<string>(post.Hashtags.Select(NormalizeHashtag));
        var text = TextNormalizer.Normalize(RemoveHashtagLines(stripped, hashtags));
        var poll = post.Poll;
        if (text.Length == 0 && poll is null)
        {
            return null;
        }

        if (poll is null && WrittenQuiz.Read(text) is { } written)
        {
            (poll, post) = (written, post with { Poll = written });
        }

        var links = post.Links.Concat(UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', ';')))
            .Where(InertText.IsSafeLink).Distinct(StringComparer.Ordinal).ToList();
        var split = QuestionAnswerSplit.Split(post, text);
        var (kind, rule) = Classifier.Classify(post with { Links = links }, text, split.Title, split.Asks, split.Answer, split.QuestionLost);
        var (title, titleInferred) = Titled(split, text);
        var answer = kind is ItemKind.Question or ItemKind.Problem or ItemKind.Case || (kind == ItemKind.Note && split.QuestionLost) ? split.Answer : null;
        var question = kind is ItemKind.Question or ItemKind.Problem or ItemKind.Quiz or ItemKind.Case ? split.Question : null;
        if (kind == ItemKind.Problem && question is null)
        {
            // A task without a header is its own statement, up to its answer or solution.
            var (statement, solution) = QuestionAnswerSplit.TaskParts(text);
            (question, answer) = (statement, solution.Length > 0 ? solution : null);
        }
        else if (kind == ItemKind.Problem && question is not null && question.TrimEnd().EndsWith(':') && answer is not null)
        {
            // "Каковы вероятности следующих событий:" introduces the rest of the statement, not an answer.
            (question, answer) = (question.TrimEnd() + "\n" + answer, null);
        }
        var options = poll?.Options.Select(o => new QuizOption(TextNormalizer.Normalize(InertText.Clean(o.Text)), o.Share)).ToList() ?? [];
        var body = text.Length > 0 ? text : poll!.Question;
        var draft = new ItemDraft
        {
            Kind = kind,
            KindRule = rule,
            Title = title,
            TitleInferred = titleInferred,
            Question = question,
            Answer = answer,
            NeedsAnswer = post.AnswerHidden || kind.NeedsAnswer(answer),
            Shape = post.Shape,
            Body = body,
            Language = TextNormalizer.DetectLanguage(body),
            Options = options,
            Key = KeyOf(poll),
            Explanation = poll?.Explanation is { } e ? TextNormalizer.Normalize(InertText.Clean(e)) : null,
            Topics = TopicTagger.Tag(split.Title, body, hashtags, post.TopicHints, post.DocumentTitle),
            Hashtags = hashtags.Distinct(StringComparer.Ordinal).ToList(),
            Links = links,
            Code = post.Code.Select(c => c with { Text = InertText.Clean(c.Text) }).ToList(),
            Media = post.Media,
            ChromeLinesDropped = dropped,
            Provenance = new Provenance
            {
                Locator = post.Locator,
                Line = post.Line,
                Date = post.Date,
                Views = post.Views,
                Reactions = post.Reactions,
                ForwardedFrom = post.ForwardedFrom,
                Text = body,
                TextHash = TextHash(body, options),
                Poll = poll,
            },
        };
        return post.Preset is { } preset ? Preset(draft, preset) : draft;
    }

    // A source that knows the item exactly (a Sobes deck export) gives its fields as they were, made inert like every
    // imported text; only the language and the text's hash are derived again, from the body as given.
    private static ItemDraft Preset(ItemDraft draft, ItemPreset preset)
    {
        var body = InertText.Clean(preset.Body);
        var answer = preset.Answer is { } a ? InertText.Clean(a) : null;
        return draft with
        {
            Kind = preset.Kind,
            KindRule = preset.KindRule is { Length: > 0 and <= 64 } given ? given : "format:sobes",
            Title = InertText.Clean(preset.Title),
            TitleInferred = preset.TitleInferred,
            Question = preset.Question is { } q ? InertText.Clean(q) : null,
            Answer = answer,
            NeedsAnswer = draft.NeedsAnswer || preset.Kind.NeedsAnswer(answer),
            Body = body,
            Language = TextNormalizer.DetectLanguage(body),
            Options = preset.Shares.Count == draft.Options.Count && preset.Shares.All(x => x is null or (>= 0 and <= 1))
                ? draft.Options.Select((o, i) => o with { Share = preset.Shares[i] }).ToList()
                : draft.Options,
            Key = preset.Key is { } key && key.Option >= 0 && key.Option < draft.Options.Count ? key : draft.Key,
            Topics = preset.Topics,
            Hashtags = preset.Hashtags,
            Links = preset.Links.Where(InertText.IsSafeLink).ToList(),
            Code = preset.Code.Select(c => c with { Text = InertText.Clean(c.Text) }).ToList(),
            Media = preset.Media,
            Provenance = draft.Provenance with { Text = body, TextHash = TextHash(body, draft.Options) },
        };
    }

    // The post's own title, or one made from what the text is about when its question was lost or its title is a bare link.
    private static (string Title, bool Inferred) Titled(QuestionAnswerSplit split, string text)
    {
        if (split.QuestionLost)
        {
            return (TitleInference.ForAnswer(text) ?? split.Title, true);
        }

        if (TitleInference.IsBareUrl(split.Title))
        {
            var rest = text.Replace(split.Title.Trim(), "", StringComparison.Ordinal);
            return (TitleInference.ForAnswer(rest) ?? TitleInference.ForLink(split.Title), true);
        }

        return (split.Title, false);
    }

    /// <summary>A short, stable hash of a text: 32 hex characters of SHA-256.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Digest(text, null);
    }

    // Hash(body + "\u0001" + the options' texts joined by "\u0002"), without building that string.
    private static string TextHash(string body, IReadOnlyList<QuizOption> options) => Digest(body, options);

    // The UTF-8 of the text, then, when options are given, U+0001 and their texts with U+0002 between them. Each piece
    // is encoded apart, which gives the bytes of the whole: a separator never lets a surrogate pair span two pieces.
    private static string Digest(string text, IReadOnlyList<QuizOption>? options)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        foreach (var option in options ?? [])
        {
            length += Encoding.UTF8.GetMaxByteCount(option.Text.Length) + 1;
        }

        var rented = length > StackBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> bytes = rented ?? stackalloc byte[StackBytes];
        var written = Encoding.UTF8.GetBytes(text, bytes);
        if (options is not null)
        {
            bytes[written++] = 0x01;
            for (var i = 0; i < options.Count; i++)
            {
                if (i > 0)
                {
                    bytes[written++] = 0x02;
                }

                written += Encoding.UTF8.GetBytes(options[i].Text, bytes[written..]);
            }
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(digest[..16]);
    }

    private static QuizKey? KeyOf(Poll? poll)
    {
        if (poll is null)
        {
            return null;
        }

        if (poll.CorrectOption is { } right && right >= 0 && right < poll.Options.Count)
        {
            return new QuizKey(right, KeySource.Author);
        }

        var best = -1;
        var bestShare = 0.0;
        var tie = false;
        for (var i = 0; i < poll.Options.Count; i++)
        {
            var share = poll.Options[i].Share ?? 0;
            if (share > bestShare)
            {
                (best, bestShare, tie) = (i, share, false);
            }
            else if (share > 0 && share == bestShare)
            {
                tie = true;
            }
        }

        return best >= 0 && !tie ? new QuizKey(best, KeySource.Crowd) : null;
    }

    private static string RemoveHashtagLines(string text, List<string> hashtags)
    {
        // Every hashtag starts with '#': a text without one keeps all its lines.
        if (!text.Contains('#', StringComparison.Ordinal))
        {
            return text;
        }

        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('#', StringComparison.Ordinal))
            {
                kept.Add(line);
                continue;
            }

            var tags = HashtagPattern().Matches(line);
            foreach (Match m in tags)
            {
                hashtags.Add(NormalizeHashtag(m.Value));
            }

            if (tags.Count > 0 && HashtagPattern().Replace(line, "").Trim().Length == 0)
            {
                continue;
            }

            kept.Add(line);
        }

        // Joining every line again gives the text back.
        return kept.Count == text.AsSpan().Count('\n') + 1 ? text : string.Join('\n', kept);
    }

    private static string NormalizeHashtag(string tag) => tag.TrimStart('#').ToLowerInvariant();

    [GeneratedRegex(@"(?<![\w/])#[\p{L}\p{N}_]{2,}")]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"https?://[^\s<>""'«»]+")]
    private static partial Regex UrlPattern();
}
