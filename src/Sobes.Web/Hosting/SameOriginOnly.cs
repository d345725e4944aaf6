using Sobes.Web.Accounts;

namespace Sobes.Web.Hosting;

/// <summary>
/// Every state-changing API request (anything but GET, HEAD, OPTIONS), which a page on another site could send with
/// the browser's cookie — or, in local mode, with no login at all. A request with an API token passes (a browser never
/// adds one by itself); otherwise a browser's <c>Sec-Fetch-Site</c> and <c>Origin</c> headers must say the request
/// comes from this site. Clients that are not browsers send neither and pass.
/// </summary>
internal static class SameOriginOnly
{
    /// <summary>Refuses a cross-site write to the API with a 403 ProblemDetails before it reaches its endpoint.</summary>
    public static async Task RefuseCrossSiteWritesAsync(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && Refusal(context.Request) is { } reason)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused", detail: reason).ExecuteAsync(context);
            return;
        }

        await next();
    }

    /// <summary>Why <paramref name="request"/> is refused, or null when it may go on.</summary>
    public static string? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ApiTokenAuthentication.HasBearer(request.HttpContext))
        {
            return null;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"The browser says this request comes from another site (Sec-Fetch-Site: {site}); post from Sobes's own page or with an API token.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !SameOrigin(origin, request))
        {
            return "The request's Origin is not this site; post from Sobes's own page or with an API token.";
        }

        return null;
    }

    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
