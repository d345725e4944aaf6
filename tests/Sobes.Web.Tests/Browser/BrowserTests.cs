using Microsoft.Playwright;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Browser;

/// <summary>The app as a user meets it, in real headless Chromium.</summary>
public sealed class BrowserTests
{
    [SkippableFact]
    public async Task First_start_shows_the_sample_and_a_search_leads_to_an_item()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();

        await page.GotoAsync("/?lang=en");
        Assert.True(await page.Locator(".item-card").CountAsync() > 5);
        await BrowserSession.ScreenshotAsync(page, "library");

        await page.FillAsync("#q", "precision");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/?q=precision**");
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0);
        await BrowserSession.ScreenshotAsync(page, "search");

        await page.Locator(".item-title").First.ClickAsync();
        await page.WaitForURLAsync("**/items/*");
        Assert.Contains("precision", await page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await BrowserSession.ScreenshotAsync(page, "item");

        var quiz = await session.App.CreateClient().GetJsonAsync("/api/v1/items?kind=quiz&take=1");
        await page.GotoAsync($"/items/{quiz.GetProperty("items")[0].GetProperty("id").GetInt64()}");
        Assert.True(await page.Locator(".option").CountAsync() > 1);
        await BrowserSession.ScreenshotAsync(page, "item-quiz");

        var api = session.App.CreateClient();
        foreach (var summary in (await api.GetJsonAsync("/api/v1/items?take=200")).GetProperty("items").EnumerateArray())
        {
            var id = summary.GetProperty("id").GetInt64();
            if ((await api.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("code").GetArrayLength() > 0)
            {
                await page.GotoAsync($"/items/{id}");
                Assert.True(await page.Locator("pre.code").CountAsync() > 0);
                await BrowserSession.ScreenshotAsync(page, "item-code");
                break;
            }
        }

        await page.GotoAsync("/stats");
        Assert.True(await page.Locator(".bars li").CountAsync() > 3);
        await BrowserSession.ScreenshotAsync(page, "stats");
    }

    [SkippableFact]
    public async Task An_uploaded_file_shows_in_the_library_and_its_script_stays_text()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("/import?lang=en");
        await BrowserSession.ScreenshotAsync(page, "import");
        await page.SetInputFilesAsync("#files", TestHttp.FixturePath("payload.json"));
        await page.ClickAsync("#import-button");
        await page.Locator("#import-results").WaitForAsync();
        Assert.Contains("Imported.", await page.Locator("#import-results").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "import-result");

        await page.GotoAsync("/?source=payload.json");
        Assert.Equal(1, await page.Locator(".item-card").CountAsync());
        await page.Locator(".item-title").First.ClickAsync();
        await page.WaitForURLAsync("**/items/*");

        var text = await page.Locator("#item").InnerTextAsync();
        Assert.Contains("alert(1)", text, StringComparison.Ordinal);
        Assert.Contains("<b>", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#item script, #item b").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:'], a[href^='tg:']").CountAsync());
        Assert.Equal("noopener noreferrer nofollow", await page.Locator("a[href='https://example.org/zebra-guide']").GetAttributeAsync("rel"));
        Assert.Equal(0, dialogs);
        await BrowserSession.ScreenshotAsync(page, "item-payload");
    }

    [SkippableFact]
    public async Task The_library_fits_a_phone_in_the_dark_theme_and_the_toggle_switches_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync(phone: true, scheme: ColorScheme.Dark);
        await page.GotoAsync("/?lang=ru");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        await BrowserSession.ScreenshotAsync(page, "library-phone-dark", fullPage: false);

        var before = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.ClickAsync("#theme-toggle");
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(before, after);
        await page.ReloadAsync();
        Assert.Equal("light", await page.EvaluateAsync<string>("() => document.documentElement.getAttribute('data-theme')"));

        await page.GotoAsync("/items/1");
        await BrowserSession.ScreenshotAsync(page, "item-phone-light", fullPage: false);
    }
}
