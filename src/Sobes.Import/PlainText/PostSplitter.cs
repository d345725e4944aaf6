namespace Sobes.Import.PlainText;

/// <summary>
/// Walks a copied channel page line by line and cuts it into post drafts. A post closes at a signature, a
/// placeholder for lost media, a reactions line, a hashtag-only line or a link teaser; the next content line
/// opens the next post. Reactions belong to the latest post; for media placeholders see <see cref="AttachLostMedia"/>.
/// </summary>
internal sealed partial class PostSplitter
{
    private readonly IReadOnlyList<string> _lines;
    private readonly IReadOnlySet<string> _signatures;
    private readonly List<PostDraft> _posts = [];
    private readonly List<string> _pendingMedia = [];
    private readonly List<int> _droppedMediaOnly = [];
    private int _chromeLines;
    private PostDraft? _current;
    private string _previousNonBlank = "";
    private int _pendingMediaLine;

    private PostSplitter(IReadOnlyList<string> lines, IReadOnlySet<string> signatures)
    {
        _lines = lines;
        _signatures = signatures;
    }

    /// <summary>The drafts, and in <paramref name="droppedMediaOnly"/> the lines where a post that held only (lost) media was left out.</summary>
    public static List<PostDraft> Split(IReadOnlyList<string> lines, int from, IReadOnlySet<string> signatures, CancellationToken cancellationToken, out IReadOnlyList<int> droppedMediaOnly, out int chromeLines)
    {
        var splitter = new PostSplitter(lines, signatures);
        for (var i = from; i < lines.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines[i].Trim();
            i = splitter.Step(i, line);
            if (line.Length > 0)
            {
                splitter._previousNonBlank = line;
            }
        }

        if (splitter._pendingMedia.Count > 0)
        {
            splitter._droppedMediaOnly.Add(splitter._pendingMediaLine);
        }

        droppedMediaOnly = splitter._droppedMediaOnly;
        chromeLines = splitter._chromeLines;
        return splitter._posts.Where(p => !p.IsEmpty).ToList();
    }

    /// <summary>Consumes the line at <paramref name="index"/> (and any it owns) and returns the last index consumed.</summary>
    private int Step(int index, string line)
    {
        if (line.Length == 0)
        {
            if (_current is { Closed: false })
            {
                _current.AddLine(index + 1, "");
            }

            return index;
        }

        if (LineShapes.IsPlaceholder(line))
        {
            _chromeLines++;
            var tailOfPrevious = LineShapes.IsPlaceholderTail(line) && LineShapes.IsPlaceholder(_previousNonBlank) && !LineShapes.IsPlaceholderTail(_previousNonBlank);
            if (!tailOfPrevious)
            {
                AttachLostMedia(index);
            }

            _current?.Close();
            return index;
        }

        if (ReactionLine.TryParse(line, out var reactions))
        {
            _chromeLines++;
            _current?.AddReactions(reactions);
            _current?.Close();
            return index;
        }

        if (LineShapes.IsHandleSignature(line) || _signatures.Contains(line) || LineShapes.IsChrome(line))
        {
            _chromeLines++;
            if (_pendingMedia.Count > 0 && _current is not { Closed: false })
            {
                // a signature right after a media placeholder: a post that was only media and the signature
                _droppedMediaOnly.Add(_pendingMediaLine);
                _pendingMedia.Clear();
            }

            _current?.Close();
            return index;
        }

        return StepContent(index, line);
    }

    private int StepContent(int index, string line)
    {
        if (LineShapes.IsHashtagLine(line))
        {
            var endsPost = _current is { Closed: false, HasText: true };
            var draft = endsPost ? _current! : OpenDraft(index);
            draft.AddHashtags(LineShapes.HashtagsOf(line));
            if (endsPost)
            {
                draft.Close();
            }

            return index;
        }

        if (LineShapes.TryPollType(line, out var isQuiz) && OpensPoll(index, line))
        {
            return ReadPoll(index, isQuiz);
        }

        if (LineShapes.IsFileName(line) && index + 1 < _lines.Count && LineShapes.IsFileSize(_lines[index + 1].Trim()))
        {
            OpenDraft(index).Media.Add($"file: {line} ({_lines[index + 1].Trim()})");
            return index + 1;
        }

        var current = OpenDraft(index);
        current.AddLine(index + 1, _lines[index].TrimEnd());
        if (LineShapes.IsTeaser(line) || (LineShapes.IsPointerLine(line) && EndsHere(index)))
        {
            current.Close();
        }

        return index;
    }

    // True when nothing of the post follows the line: the file ends, or the next line that is not blank closes a post.
    private bool EndsHere(int index)
    {
        for (var i = index + 1; i < _lines.Count; i++)
        {
            var next = _lines[i].Trim();
            if (next.Length > 0)
            {
                return LineShapes.IsPlaceholder(next) || ReactionLine.TryParse(next, out _) || LineShapes.IsHandleSignature(next)
                    || _signatures.Contains(next) || LineShapes.IsChrome(next) || LineShapes.IsHashtagLine(next);
            }
        }

        return true;
    }

    private PostDraft OpenDraft(int index)
    {
        if (_current is { Closed: false })
        {
            return _current;
        }

        _current = new PostDraft(index + 1);
        _current.Media.AddRange(_pendingMedia);
        _pendingMedia.Clear();
        _posts.Add(_current);
        return _current;
    }

    /// <summary>
    /// A placeholder under an open post's text is that post's media (the copy shows it at the post's foot);
    /// one after a closed post is the next post's media, which the page shows above its text.
    /// </summary>
    private void AttachLostMedia(int index)
    {
        if (_current is { Closed: false, HasText: true })
        {
            _current.Media.Add("lost media");
            return;
        }

        if (_pendingMedia.Count == 0)
        {
            _pendingMediaLine = index + 1;
        }

        _pendingMedia.Add("lost media");
    }
}
