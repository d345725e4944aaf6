using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sobes.Testing.Channels;

/// <summary>One request the server answered: when it arrived, its path and query, and the status sent.</summary>
public sealed record ServedRequest(DateTimeOffset At, string PathAndQuery, int Status, string? UserAgent);

/// <summary>
/// A loopback HTTP server (127.0.0.1, a free port) serving <see cref="FixtureChannel"/>s as t.me does: <c>/s/NAME</c>
/// and <c>/s/NAME?before=ID</c> are preview pages, <c>/NAME</c> the channel's main page, and a channel without a
/// public preview redirects <c>/s/NAME</c> to <c>/NAME</c>. It logs every request, and can refuse one with 429 and a
/// Retry-After or fail every request after a number of them, to test politeness and interrupted syncs.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentDictionary<string, FixtureChannel> channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> withoutPreview = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<ServedRequest> log = new();
    private readonly Task loop;
    private int requests;
    private int refuseRequest;
    private int retryAfterSeconds;
    private int failAfter = int.MaxValue;

    public PreviewServer()
    {
        (listener, BaseAddress) = Start();
        loop = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<ServedRequest> Log => log.ToArray();

    /// <summary>The preview address of a channel served here.</summary>
    public string PreviewUrl(string name) => new Uri(BaseAddress, "s/" + name).AbsoluteUri;

    public FixtureChannel Serve(FixtureChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        channels[channel.Name] = channel;
        return channel;
    }

    /// <summary>Serves a channel whose preview is off: /s/NAME redirects to its main page.</summary>
    public void ServeWithoutPreview(FixtureChannel channel)
    {
        Serve(channel);
        withoutPreview[channel.Name] = true;
    }

    /// <summary>Answers the request numbered <paramref name="number"/> (1-based, counted from now) with 429 and Retry-After.</summary>
    public void RefuseOnce(int number, int retryAfter)
    {
        Volatile.Write(ref retryAfterSeconds, retryAfter);
        Volatile.Write(ref refuseRequest, Volatile.Read(ref requests) + number);
    }

    /// <summary>Fails every request after the next <paramref name="count"/> with 500, as a server going down mid-way; <see cref="Recover"/> ends it.</summary>
    public void FailAfter(int count) => Volatile.Write(ref failAfter, Volatile.Read(ref requests) + count);

    public void Recover() => Volatile.Write(ref failAfter, int.MaxValue);

    public void ClearLog() => log.Clear();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's loop ends with the listener.
        }
    }

    private static (HttpListener, Uri) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.AbsoluteUri);
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Answer(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var number = Interlocked.Increment(ref requests);
        var url = context.Request.Url!;
        var response = context.Response;
        var (status, body, location, retryAfter) = Route(number, url);
        log.Enqueue(new ServedRequest(DateTimeOffset.UtcNow, url.PathAndQuery, status, context.Request.UserAgent));
        response.StatusCode = status;
        if (location is not null)
        {
            response.RedirectLocation = location;
        }

        if (retryAfter is { } seconds)
        {
            response.AddHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private (int Status, string Body, string? Location, int? RetryAfter) Route(int number, Uri url)
    {
        if (number > Volatile.Read(ref failAfter))
        {
            return (500, "<html><body>Internal error</body></html>", null, null);
        }

        if (number == Volatile.Read(ref refuseRequest))
        {
            return (429, "<html><body>Too Many Requests</body></html>", null, Volatile.Read(ref retryAfterSeconds));
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["s", var name] && channels.TryGetValue(name, out var channel))
        {
            if (withoutPreview.ContainsKey(name))
            {
                return (302, "", "/" + channel.Name, null);
            }

            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            var before = long.TryParse(query["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
            return (200, channel.RenderPage(before), null, null);
        }

        if (segments is [var main] && channels.TryGetValue(main, out var mainChannel))
        {
            return (200, mainChannel.RenderMainPage(), null, null);
        }

        if (segments is ["plain"])
        {
            return (200, "<!DOCTYPE html><html><head><title>Notes</title></head><body><h1>Reading list</h1><p>Nothing here is a channel.</p></body></html>", null, null);
        }

        return (404, "<html><body>Not found</body></html>", null, null);
    }
}
