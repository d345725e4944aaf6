using System.Net;
using System.Text;

namespace Sobes.Import.Channels;

/// <summary>A page fetched for a channel, or why it could not be (the message names the URL).</summary>
public sealed record PageFetch(Uri Url, ChannelPage? Page, string? Error)
{
    /// <summary>Requests the page took: more than one when the server asked to wait (429) and the page was asked for again.</summary>
    public int Requests { get; init; } = 1;
}

/// <summary>
/// Fetches a channel's preview pages over HTTP, politely (<see cref="ChannelPoliteness"/>), with a user agent naming
/// Sobes. Redirects are followed by hand so that t.me's redirect of a channel without a public preview to the channel's
/// main page is told apart; every expected failure (network, status, not a preview) is an error naming the URL.
/// One instance serves one sync at a time.
/// </summary>
public sealed class PreviewClient : IDisposable
{
    public const string UserAgent = "Sobes/1.0 (channel preview reader)";

    private const int MaxRedirects = 5;
    private const int MaxPageBytes = 16 * 1024 * 1024;

    private readonly HttpClient http;
    private readonly ChannelPoliteness politeness;
    private readonly TimeProvider time;
    private readonly TimeSpan bodyTimeout;
    private DateTimeOffset? lastRequest;

    public PreviewClient(ChannelPoliteness? politeness = null, TimeProvider? time = null, TimeSpan? timeout = null)
    {
        this.politeness = politeness ?? ChannelPoliteness.Default;
        this.time = time ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        bodyTimeout = timeout ?? TimeSpan.FromSeconds(30);
        http = new HttpClient(handler) { Timeout = bodyTimeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public void Dispose() => http.Dispose();

    /// <summary>Fetches the page of posts before <paramref name="before"/> (the newest page when null).</summary>
    public async Task<PageFetch> FetchAsync(ChannelAddress address, long? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var url = address.PageBefore(before);
        var requests = 0;
        var retries = 0;
        var redirects = 0;
        while (true)
        {
            await PaceAsync(cancellationToken);
            requests++;
            using var response = await SendAsync(url, cancellationToken);
            if (response.Error is { } failed)
            {
                return new PageFetch(url, null, failed) { Requests = requests };
            }

            var message = response.Message!;
            var status = (int)message.StatusCode;
            if (status is >= 300 and < 400 && message.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (address.IsMainPage(target))
                {
                    return new PageFetch(url, null, NoPreview(address, url)) { Requests = requests };
                }

                if (++redirects > MaxRedirects || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                {
                    return new PageFetch(url, null, $"{url}: too many redirects, or a redirect away from the web ({target})") { Requests = requests };
                }

                url = target;
                continue;
            }

            if (message.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (++retries > politeness.MaxRetries)
                {
                    return new PageFetch(url, null, $"{url}: the server still refuses with 429 Too Many Requests after {politeness.MaxRetries} waits; try again later") { Requests = requests };
                }

                var wait = politeness.RetryDelay(message.Headers.RetryAfter, time.GetUtcNow(), retries);
                if (wait > politeness.LongestWait)
                {
                    return new PageFetch(url, null, $"{url}: the server asks to wait {wait.TotalSeconds:0} s (429 Too Many Requests); try again later") { Requests = requests };
                }

                await WaitUntilAsync(time.GetUtcNow() + wait, cancellationToken);
                continue;
            }

            if (!message.IsSuccessStatusCode)
            {
                return new PageFetch(url, null, $"{url}: the server answered {status} {message.ReasonPhrase}") { Requests = requests };
            }

            var html = await ReadBodyAsync(message, url, cancellationToken);
            if (html.Error is { } tooLarge)
            {
                return new PageFetch(url, null, tooLarge) { Requests = requests };
            }

            var page = ChannelPage.Parse(html.Text!, address.Name);
            return page.Kind switch
            {
                ChannelPageKind.Preview => new PageFetch(url, page, null) { Requests = requests },
                ChannelPageKind.MainPage => new PageFetch(url, null, NoPreview(address, url)) { Requests = requests },
                _ => new PageFetch(url, null, $"{url}: not a Telegram channel preview (no t.me/s/ posts and no channel history on the page)") { Requests = requests },
            };
        }
    }

    private static string NoPreview(ChannelAddress address, Uri url) =>
        $"{url}: the channel '{address.Name}' has no public web preview (the server sent its main page instead); only public channels with a preview can be synced";

    // A timer may fire a millisecond before the clock reads its due time; a server counting Retry-After would see the
    // retry as too early, so the wait goes on until the clock has passed it.
    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        for (var now = time.GetUtcNow(); now < due; now = time.GetUtcNow())
        {
            await Task.Delay(due - now + TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        var wait = politeness.WaitBeforeRequest(lastRequest, time.GetUtcNow());
        if (wait > TimeSpan.Zero)
        {
            await WaitUntilAsync(time.GetUtcNow() + wait, cancellationToken);
        }

        lastRequest = time.GetUtcNow();
    }

    private async Task<Sent> SendAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var message = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return new Sent(message, null);
        }
        catch (HttpRequestException e)
        {
            return new Sent(null, $"{url}: cannot reach the server ({e.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Sent(null, $"{url}: no answer within {http.Timeout.TotalSeconds:0} s");
        }
    }

    private async Task<(string? Text, string? Error)> ReadBodyAsync(HttpResponseMessage message, Uri url, CancellationToken cancellationToken)
    {
        if (message.Content.Headers.ContentLength > MaxPageBytes)
        {
            return (null, $"{url}: the page is larger than {MaxPageBytes / 1024 / 1024} MB");
        }

        // The client's timeout ends with the headers; the body gets one of its own, so a stalled page cannot hold a sync.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bodyTimeout);
        try
        {
            await using var stream = await message.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > MaxPageBytes)
                {
                    return (null, $"{url}: the page is larger than {MaxPageBytes / 1024 / 1024} MB");
                }

                buffer.Write(chunk, 0, read);
            }

            var charset = message.Content.Headers.ContentType?.CharSet;
            var encoding = charset is { Length: > 0 } ? SafeEncoding(charset) : Encoding.UTF8;
            return (encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"{url}: the connection broke while reading the page ({e.Message})");
        }
        catch (IOException e)
        {
            return (null, $"{url}: the connection broke while reading the page ({e.Message})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{url}: the page did not arrive within {bodyTimeout.TotalSeconds:0} s");
        }
    }

    private static Encoding SafeEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private sealed record Sent(HttpResponseMessage? Message, string? Error) : IDisposable
    {
        public void Dispose() => Message?.Dispose();
    }
}
