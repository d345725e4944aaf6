using Sobes.Data.Library;
using Sobes.Web.Accounts;
using Sobes.Web.Localization;

namespace Sobes.Web.Hosting;

/// <summary>Pages, the JSON API and the request pipeline around them.</summary>
internal static class WebServices
{
    public static IServiceCollection AddSobesWeb(this IServiceCollection services)
    {
        // One folder per capability (Library, Importing, Stats) holds its pages and its API.
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            // Every page needs the study policy unless it says otherwise (import and editing add the edit policy).
            o.Conventions.AuthorizeFolder("/", SobesPolicies.Study);
            o.Conventions.AllowAnonymousToPage("/Accounts/Login");
            o.Conventions.AllowAnonymousToPage("/Accounts/Register");
            o.Conventions.AllowAnonymousToPage("/Shared/Error");
            // A refused POST is re-executed as a POST to the error page; that page changes nothing, so needs no token.
            o.Conventions.AddPageApplicationModelConvention("/Shared/Error", page => page.Filters.Add(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
            o.Conventions.AddPageRoute("/Study/Study", "quiz");
        });
        // Russian text is written as is, not as numeric entities (encoding of markup characters is unchanged).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new Texts(Texts.Choose(sp.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sobes-csrf";
            o.FormFieldName = "__csrf";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            var json = LibraryExporter.Json;
            o.SerializerOptions.PropertyNamingPolicy = json.PropertyNamingPolicy;
            o.SerializerOptions.Encoder = json.Encoder;
            o.SerializerOptions.DictionaryKeyPolicy = null;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddUploadLimit();
        services.AddSobesAccounts();
        services.AddSobesKeyRing();
        services.AddSobesHealth();
        services.AddScoped<CurrentLearner>();
        services.AddScoped<Study.PracticeDesk>();
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    public static WebApplication UseSobesWeb(this WebApplication app)
    {
        app.UseSobesAccounts();
        app.UseMiddleware<SecurityHeaders>();
        app.UseUploadLimit();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
            api.Use(SameOriginOnly.RefuseCrossSiteWritesAsync);
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", StatusCodeSelector = StatusOf });
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseStaticFiles();
        app.Use(RememberLanguage);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapSobesHealth();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // A body over the server's limit (413) or otherwise unreadable is the client's error, not the app's.
    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>A <c>?lang=</c> choice sticks for a year.</summary>
    private static Task RememberLanguage(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query["lang"].ToString() is ("en" or "ru") and var language)
        {
            context.Response.Cookies.Append(Texts.CookieName, language, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        }

        return next();
    }
}
