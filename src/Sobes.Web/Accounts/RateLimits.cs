using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sobes.Web.Accounts;

/// <summary>
/// Named rate limits. <see cref="Login"/> guards sign-in and registration per client address (POST only);
/// <see cref="Answers"/> guards answer endpoints per user (put <c>.RequireRateLimiting(RateLimits.Answers)</c> on them).
/// Limits come from configuration (<c>Sobes:RateLimits:LoginPerMinute</c>, <c>Sobes:RateLimits:AnswersPerMinute</c>).
/// A refused request gets 429 with Retry-After; the API's body is ProblemDetails.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";

    public const string Answers = "answers";

    public const string LoginPerMinuteKey = "Sobes:RateLimits:LoginPerMinute";

    public const string AnswersPerMinuteKey = "Sobes:RateLimits:AnswersPerMinute";

    internal static IServiceCollection AddSobesRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(Login, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("ip:" + context.Connection.RemoteIpAddress, _ => PerMinute(Limit(context, LoginPerMinuteKey, 10)))
                : RateLimitPartition.GetNoLimiter("read"));
            o.AddPolicy(Answers, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(UserKey(context), _ => PerMinute(Limit(context, AnswersPerMinuteKey, 120)))
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    private static int Limit(HttpContext context, string key, int fallback) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue(key, fallback) is > 0 and var limit ? limit : fallback;

    private static string UserKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? "user:" + user : "ip:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Try again after the Retry-After interval." },
            });
        }
    }
}
