using Microsoft.Playwright;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Browser;

/// <summary>An editor fixes an item in real headless Chromium.</summary>
public sealed class EditingBrowserTests
{
    [SkippableFact]
    public async Task An_edited_title_shows_in_the_library_search()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        var id = (await session.App.CreateClient().GetJsonAsync("/api/v1/items?kind=question&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();

        await page.GotoAsync($"/items/{id}?lang=en");
        await page.ClickAsync("#item-edit");
        await page.WaitForURLAsync($"**/items/{id}/edit");
        await BrowserSession.ScreenshotAsync(page, "edit");
        await page.FillAsync("#edit-title", "Quokka leakage checklist");
        await page.ClickAsync("#edit-save");
        await page.WaitForURLAsync($"**/items/{id}");
        Assert.Equal("Quokka leakage checklist", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync("/");
        await page.FillAsync("#q", "quokka");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/?q=quokka**");
        Assert.Equal(1, await page.Locator(".item-card").CountAsync());
        Assert.Equal("Quokka leakage checklist", await page.Locator(".item-title").First.InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "edit-search");

        var phone = await session.NewPageAsync(phone: true, scheme: ColorScheme.Dark);
        await phone.GotoAsync($"/items/{id}/edit");
        await BrowserSession.ScreenshotAsync(phone, "edit-phone-dark");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
