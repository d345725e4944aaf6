using Microsoft.Playwright;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel at a free loopback port, and Debian's Chromium driven by Playwright (never a downloaded
/// browser). Skips the test when Chromium is missing, or fails under SOBES_REQUIRE_ALL=1.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly TempSqliteDatabase file = new();
    private IPlaywright? playwright;

    private BrowserSession()
    {
    }

    public SobesApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots go: $SOBES_SCREENSHOTS, else the temp folder's sobes-screenshots.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SOBES_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "sobes-screenshots");

    public static async Task<BrowserSession> StartAsync(bool sample = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        Requirements.SkipUnless(Chromium.IsAvailable, Chromium.UnavailableReason);
        var session = new BrowserSession();
        session.App = new SobesApp(session.file.FilePath, sample, kestrel: true, settings);
        session.BaseAddress = session.App.ServerAddress;
        session.playwright = await Playwright.CreateAsync();
        session.Browser = await session.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.LaunchArgs,
            Headless = true,
        });
        return session;
    }

    /// <summary>A new page at a phone's or a desktop's size, in English, light unless asked.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 1,
            IsMobile = phone,
            ColorScheme = scheme,
            Locale = "en-US",
        });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        file.Dispose();
    }
}
