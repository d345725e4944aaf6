using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>
/// Identity with cookies, API tokens and the policies. Everything is registered in both modes and the mode is read
/// when the options are first built, so a test host's settings apply; in local mode no page signs anyone in and
/// both policies are open.
/// </summary>
internal static class AccountServices
{
    /// <summary>Configuration key: <c>open</c> (the default) lets anyone register; <c>closed</c> refuses registration.</summary>
    public const string RegistrationKey = "Sobes:Registration";

    private const string Selector = "sobes";

    public static IServiceCollection AddSobesAccounts(this IServiceCollection services)
    {
        services.AddScoped<SobesDbContext>(sp => sp.GetRequiredService<SobesDatabase>().CreateContext());
        services.AddIdentity<UserRecord, IdentityRole<long>>(AccountRules.Apply)
            .AddEntityFrameworkStores<SobesDbContext>()
            .AddClaimsPrincipalFactory<LearnerClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<UserAccounts>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultAuthenticateScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthentication.HasBearer(context) ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sobes-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        // The cookie is checked against the account's security stamp on every request, so signing out (which renews the
        // stamp) ends every copy of the cookie at once, on every instance.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            if (SobesPolicies.IsServerMode(configuration))
            {
                SobesPolicies.AddServer(o);
            }
            else
            {
                SobesPolicies.AddLocal(o);
            }
        });
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSobesRateLimits();
        return services;
    }

    public static bool RegistrationOpen(IConfiguration configuration) =>
        !string.Equals(configuration[RegistrationKey], "closed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// In server mode: the client's address and scheme from a reverse proxy on this machine (X-Forwarded-For/-Proto
    /// are trusted from loopback only), HSTS on HTTPS, and who the request is (cookie or token).
    /// </summary>
    public static WebApplication UseSobesAccounts(this WebApplication app)
    {
        if (SobesPolicies.IsServerMode(app.Configuration))
        {
            app.UseForwardedHeaders();
            app.UseHsts();
        }

        return app;
    }

    /// <summary>The API answers 401/403 itself; a page goes to the login page, or gets the 403 error page.</summary>
    private static Task Refuse(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = ApiTokenAuthentication.SchemeName;
            }

            return Task.CompletedTask;
        }

        // The handler builds an absolute address from the request's Host header, which the client chooses: keep the path only.
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
