using System.Globalization;
using System.Net;
using System.Text;
using Sobes.Testing.Exports;

namespace Sobes.Testing.Channels;

/// <summary>
/// A channel of generated posts (ids 1…N, newest last) that renders the pages of Telegram's public web preview
/// (t.me/s/NAME) in its HTML structure: <c>.tgme_channel_history</c> with <c>.tgme_widget_message[data-post="name/ID"]</c>,
/// the "load more" link <c>a.tme_messages_more[data-before]</c> at the top while older posts exist, and the channel's
/// header. Posts are questions with answers, every tenth a quiz; their texts are written here, distinct per post.
/// </summary>
public sealed class FixtureChannel
{
    private readonly List<string> bodies = [];
    private readonly Lock gate = new();

    public FixtureChannel(string name, int posts, string title = "Fixture interview channel", int pageSize = 20)
    {
        Name = name;
        Title = title;
        PageSize = pageSize;
        Add(posts);
    }

    public string Name { get; }

    public string Title { get; }

    public int PageSize { get; }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return bodies.Count;
            }
        }
    }

    /// <summary>How many pages a full read of the channel takes.</summary>
    public int Pages => (Count + PageSize - 1) / PageSize;

    /// <summary>Publishes <paramref name="posts"/> new posts.</summary>
    public void Add(int posts)
    {
        lock (gate)
        {
            for (var i = 0; i < posts; i++)
            {
                bodies.Add(Body(bodies.Count + 1, edit: 0));
            }
        }
    }

    /// <summary>Edits post <paramref name="id"/>: its answer gets new words.</summary>
    public void Edit(long id)
    {
        lock (gate)
        {
            bodies[(int)id - 1] = Body((int)id, edit: 1);
        }
    }

    /// <summary>The words an edit adds to a post's answer, to find its item by.</summary>
    public static string EditMark(long id) => $"corrected after review {id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The page of posts older than <paramref name="before"/> (the newest page when null), as t.me/s/ serves it.</summary>
    public string RenderPage(long? before)
    {
        List<(long Id, string Body)> posts;
        bool older;
        lock (gate)
        {
            var end = before is { } b ? (int)Math.Min(b - 1, bodies.Count) : bodies.Count;
            var start = Math.Max(0, end - PageSize);
            posts = Enumerable.Range(start, Math.Max(0, end - start)).Select(i => ((long)i + 1, bodies[i])).ToList();
            older = start > 0;
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <title>{Encode(Title)} – Telegram</title>
            <meta property="og:title" content="{Encode(Title)}">
            <meta property="og:url" content="https://t.me/s/{Name}">
            <script>var tme_bg = 1;</script>
            </head>
            <body class="widget_frame_base tgme_webpage">
            <header class="tgme_header search_collapsed"><div class="tgme_header_info"><div class="tgme_header_title"><span dir="auto">{Encode(Title)}</span></div></div></header>
            <main class="tgme_main">
            <div class="tgme_container">
            <section class="tgme_right_column"><div class="tgme_channel_info">
             <div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">{Encode(Title)}</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/{Name}">@{Name}</a></div></div>
             <div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">12.3K</span> <span class="counter_type">subscribers</span></div></div>
            </div></section>
            <section class="tgme_channel_history js-message_history">

            """);
        if (older && posts.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{Name}?before={posts[0].Id}" class="tme_messages_more js-messages_more" data-before="{posts[0].Id}"></a></div>""").Append('\n');
        }

        foreach (var (id, body) in posts)
        {
            html.Append(body).Append('\n');
        }

        if (before is not null && posts.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{Name}?after={posts[^1].Id}" class="tme_messages_more js-messages_more" data-after="{posts[^1].Id}"></a></div>""").Append('\n');
        }

        html.Append("</section>\n</div>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The channel's main page (t.me/NAME): what t.me shows, by redirect, for a channel without a public preview.</summary>
    public string RenderMainPage() => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Telegram: Contact @{Name}</title><meta property="og:title" content="{Encode(Title)}"></head>
        <body class="no_transition"><div class="tgme_page_wrap"><div class="tgme_body_wrap"><div class="tgme_page">
        <div class="tgme_page_photo"></div><div class="tgme_page_title"><span dir="auto">{Encode(Title)}</span></div>
        <div class="tgme_page_extra">12 345 subscribers</div>
        <div class="tgme_page_action"><a class="tgme_action_button_new shine" href="tg://resolve?domain={Name}">View in Telegram</a></div>
        </div></div></div></body></html>
        """;

    private string Body(int id, int edit)
    {
        var random = new Random(id * 7919);
        var date = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero).AddHours(id * 5L);
        var bubble = id % 10 == 0 ? Quiz(id, random) : Question(id, random, edit);
        var edited = edit > 0 ? "<span class=\"tgme_widget_message_meta\">edited</span> " : "";
        return $"""
            <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{Name}/{id}" data-view="v{id}">
             <div class="tgme_widget_message_user"><a href="https://t.me/{Name}"><i class="tgme_widget_message_user_photo"></i></a></div>
             <div class="tgme_widget_message_bubble">
              <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{Name}"><span dir="auto">{Encode(Title)}</span></a></div>
              {bubble}
              <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
               <span class="tgme_widget_message_views">{(id * 37 % 900) + 100}</span>{edited}<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{Name}/{id}"><time datetime="{date:yyyy-MM-ddTHH:mm:ss}+00:00" class="time">{date:HH:mm}</time></a></span>
              </div></div>
             </div>
            </div></div>
            """;
    }

    private static string Question(int id, Random random, int edit)
    {
        var subject = Subjects[random.Next(Subjects.Length)];
        var ask = Asks[random.Next(Asks.Length)];
        var answer = string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Reasons[random.Next(Reasons.Length)] + " " + TelegramExportGenerator.Clause(random)));
        var mark = edit > 0 ? "<br/>" + Encode(EditMark(id)) + ": " + Encode(TelegramExportGenerator.Clause(new Random(id + 100_000))) : "";
        return $"""<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{Encode(string.Format(CultureInfo.InvariantCulture, ask, subject))}</b><br/><br/>{Encode(answer)}{mark}</div>""";
    }

    private static string Quiz(int id, Random random)
    {
        var subject = Subjects[random.Next(Subjects.Length)];
        var options = Enumerable.Range(0, 3).Select(i => $"""<div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_percent">{(i == 0 ? 61 : i == 1 ? 27 : 12)}%</div><div class="tgme_widget_message_poll_option_value"><div class="tgme_widget_message_poll_option_text">{Encode(TelegramExportGenerator.Clause(random).TrimEnd('.'))}</div></div></div>""");
        return $"""
            <div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_poll_question">Quiz {id}: which statement about {Encode(subject)} holds?</div>
            <div class="tgme_widget_message_poll_type">Anonymous Quiz</div>
            <div class="tgme_widget_message_poll_options">{string.Concat(options)}</div>
            <div class="tgme_widget_message_poll_votes"><span class="tgme_widget_message_voters">{100 + id % 400}</span> votes</div></div>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static readonly string[] Subjects =
    [
        "feature scaling", "a validation split", "label smoothing", "weight decay", "beam search", "class weights",
        "a learning-rate warm-up", "target encoding", "k-means initialisation", "a holdout month", "batch normalisation",
        "quantile loss", "stratified sampling", "negative sampling", "a calibration curve", "mixed precision",
    ];

    private static readonly string[] Asks =
    [
        "Why would a team reach for {0} in production?",
        "What breaks when {0} is configured carelessly?",
        "How would you explain {0} to a new analyst?",
        "When is {0} the wrong tool?",
    ];

    private static readonly string[] Reasons =
    [
        "The short version is that it keeps the optimisation honest.",
        "Watch the held-out numbers, not the training ones.",
        "It mostly changes how quickly the model settles.",
        "Interviewers like to hear a concrete failure you have seen.",
    ];
}
