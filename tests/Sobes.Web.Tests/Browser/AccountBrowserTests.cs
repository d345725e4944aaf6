using Sobes.Web.Tests.Accounts;

namespace Sobes.Web.Tests.Browser;

/// <summary>Server mode as a user meets it, in real headless Chromium.</summary>
public sealed class AccountBrowserTests
{
    [SkippableFact]
    public async Task A_visitor_is_sent_to_login_signs_in_and_signs_out()
    {
        await using var session = await BrowserSession.StartAsync(sample: true, new Dictionary<string, string> { ["Sobes:Mode"] = "server" });
        await ServerAccounts.CreateAsync(session.App, "alice");
        var page = await session.NewPageAsync();

        await page.GotoAsync("/stats?lang=en");
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
        await BrowserSession.ScreenshotAsync(page, "login");

        await page.FillAsync("#user-name", "alice");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("#login-form button[type=submit]");
        Assert.Contains("Wrong user name or password", await page.Locator(".notice.error").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#password", ServerAccounts.Password);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.WaitForURLAsync("**/stats?lang=en");
        Assert.Equal("alice", await page.Locator("#account-link").InnerTextAsync());
        Assert.True(await page.Locator(".bars li").CountAsync() > 3);

        await page.ClickAsync("#account-link");
        await page.WaitForURLAsync("**/account");
        await page.FillAsync("#token-name", "laptop");
        await page.ClickAsync(".token-create button[type=submit]");
        Assert.StartsWith("sobes_", await page.Locator("#new-token").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "account");

        var phone = await session.NewPageAsync(phone: true, scheme: Microsoft.Playwright.ColorScheme.Dark);
        await phone.GotoAsync("/login?lang=ru");
        await BrowserSession.ScreenshotAsync(phone, "login-phone-dark-ru");

        await page.ClickAsync("#logout-button");
        await page.WaitForURLAsync("**/login");
        Assert.Equal(1, await page.Locator("#login-link").CountAsync());
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
    }
}
