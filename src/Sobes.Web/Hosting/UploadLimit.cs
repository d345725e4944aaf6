using Microsoft.AspNetCore.Http.Features;

namespace Sobes.Web.Hosting;

/// <summary>
/// The largest request body the app takes (an upload to the import page, a predictions file): <c>Sobes:UploadLimitMB</c>,
/// 512 MB by default, enough for a large Anki package or channel export. A larger one is a 413 before anything reads it.
/// </summary>
internal static class UploadLimit
{
    public const string Key = "Sobes:UploadLimitMB";
    public const long DefaultMegabytes = 512;

    public static long Bytes(IConfiguration configuration) => Math.Max(1, configuration.GetValue(Key, DefaultMegabytes)) * 1024 * 1024;

    /// <summary>Multipart forms get the same limit.</summary>
    public static IServiceCollection AddUploadLimit(this IServiceCollection services)
    {
        services.AddOptions<FormOptions>().Configure<IConfiguration>((o, configuration) => o.MultipartBodyLengthLimit = Bytes(configuration));
        return services;
    }

    /// <summary>Refuses a request whose declared length is over the limit, and sets the server's limit for one that streams.</summary>
    public static WebApplication UseUploadLimit(this WebApplication app)
    {
        var limit = Bytes(app.Configuration);
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                var detail = $"The upload is {context.Request.ContentLength / (1024 * 1024)} MB; this server takes at most {limit / (1024 * 1024)} MB ({Key}).";
                await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", detail: detail).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            await next();
        });
        return app;
    }
}
