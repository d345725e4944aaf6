using Microsoft.Playwright;
using Sobes.Web.Tests.Problems;

namespace Sobes.Web.Tests.Browser;

/// <summary>The problems and cases pages in real headless Chromium, light and dark, desktop and phone.</summary>
public sealed class ProblemsAndCasesBrowserTests
{
    [SkippableFact]
    public async Task A_problem_answered_wrong_names_the_step_and_answered_right_is_accepted()
    {
        await using var session = await BrowserSession.StartAsync(sample: false);
        var page = await session.NewPageAsync();
        await page.GotoAsync("/problems?lang=en");
        Assert.True(await page.Locator(".problem-kind").CountAsync() >= 12);
        await BrowserSession.ScreenshotAsync(page, "problems");

        await page.ClickAsync("a[href='/problems/roc-auc']");
        await page.WaitForURLAsync("**/problems/roc-auc?seed=*");
        var seed = int.Parse(await page.Locator("#problem").GetAttributeAsync("data-seed") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await page.Locator("#plot svg").CountAsync());
        var right = ProblemAnswers.Right("roc-auc", seed);

        foreach (var (label, value) in right)
        {
            await page.FillAsync($"#answer-{label}", label == "c" ? "1/1000" : value);
        }

        await page.ClickAsync("#check");
        await page.Locator("#feedback").WaitForAsync();
        var feedback = await page.Locator("#feedback").InnerTextAsync();
        Assert.Contains("goes astray at step", feedback, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".answer.wrong").CountAsync());
        Assert.Equal(1, await page.Locator("#solution li.divergent").CountAsync());
        await BrowserSession.ScreenshotAsync(page, "problem-wrong");

        await page.FillAsync("#answer-c", right["c"]);
        await page.ClickAsync("#check");
        await page.Locator("#feedback.right").WaitForAsync();
        Assert.Contains("All right", await page.Locator("#feedback").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#solution").GetAttributeAsync("open") is not null);
        Assert.Contains($"seed={seed}", page.Url, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "problem-right");

        await page.GotoAsync("/cases/electrolysis?lang=en");
        Assert.Contains("alumina", await page.Locator("#task").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await BrowserSession.ScreenshotAsync(page, "case-electrolysis");
    }

    [SkippableFact]
    public async Task Problems_and_the_case_fit_a_phone_in_the_dark_theme()
    {
        await using var session = await BrowserSession.StartAsync(sample: false);
        var page = await session.NewPageAsync(phone: true, scheme: ColorScheme.Dark);
        foreach (var (url, name) in new[] { ("/problems?lang=ru", "problems-phone-dark"), ("/problems/log-loss?seed=7&lang=ru", "problem-phone-dark"), ("/cases/electrolysis?lang=ru", "case-phone-dark") })
        {
            await page.GotoAsync(url);
            // A mobile viewport widens to its content, so the check is against the phone's own 390 px.
            var wide = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 391).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            Assert.True(wide.Length == 0, url + " is wider than a phone: " + string.Join(", ", wide.Take(8)));
            await BrowserSession.ScreenshotAsync(page, name);
        }

        await page.GotoAsync("/problems/roc-auc?seed=7&lang=en");
        var text = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#plot svg text')).fill");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual("rgb(0, 0, 0)", text);
        Assert.NotEqual(background, text);
        await BrowserSession.ScreenshotAsync(page, "problem-plot-phone-dark");
    }
}
