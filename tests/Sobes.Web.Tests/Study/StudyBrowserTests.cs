using Microsoft.Playwright;
using Sobes.Web.Tests.Browser;

namespace Sobes.Web.Tests.Study;

internal static class StudyKeys
{
    /// <summary>Waits until study.js has bound its keys on the page now shown, then presses <paramref name="key"/>.</summary>
    public static async Task StudyKeyAsync(this IPage page, string key)
    {
        await page.Locator("#study[data-keys=on]").WaitForAsync();
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>
    /// Presses a key as the browser reports it with the Russian layout on: the physical key's <paramref name="code"/>
    /// (e.g. "KeyU") with the Cyrillic <paramref name="character"/> it types (e.g. "г").
    /// </summary>
    public static async Task RussianKeyAsync(this IPage page, string code, string character)
    {
        await page.Locator("#study[data-keys=on]").WaitForAsync();
        await page.EvaluateAsync(
            "([code, key]) => document.dispatchEvent(new KeyboardEvent('keydown', { code: code, key: key, bubbles: true, cancelable: true }))",
            new[] { code, character });
    }
}

/// <summary>The practice pages in real headless Chromium, driven by the keyboard as a learner would.</summary>
public sealed class StudyBrowserTests
{
    [SkippableFact]
    public async Task Three_cards_are_studied_by_keyboard_u_undoes_the_last_and_f_flags_a_card()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/study?type=flashcard&lang=en");
        await BrowserSession.ScreenshotAsync(page, "study-question");
        for (var n = 1; n <= 3; n++)
        {
            Assert.StartsWith($"Card {n} of", await page.Locator("#progress strong").InnerTextAsync(), StringComparison.Ordinal);
            await page.StudyKeyAsync("Space");
            await page.Locator("#answer").WaitForAsync();
            if (n == 1)
            {
                await BrowserSession.ScreenshotAsync(page, "study-revealed");
            }

            await page.StudyKeyAsync("3");
            await page.WaitForFunctionAsync($"() => document.querySelector('#progress strong').textContent.startsWith('Card {n + 1} of')");
        }

        var before = await page.Locator("#card").GetAttributeAsync("data-card");
        await page.StudyKeyAsync("u");
        await page.WaitForFunctionAsync("() => document.querySelector('#progress strong').textContent.startsWith('Card 3 of')");
        Assert.NotEqual(before, await page.Locator("#card").GetAttributeAsync("data-card"));
        Assert.Contains("undone", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);

        var flagged = await page.Locator("#card").GetAttributeAsync("data-card");
        await page.StudyKeyAsync("f");
        await page.Locator(".notice.warn").WaitForAsync();
        Assert.NotEqual(flagged, await page.Locator("#card").GetAttributeAsync("data-card"));
    }

    [SkippableFact]
    public async Task With_the_russian_layout_on_the_keys_still_grade_undo_and_flag_by_their_place()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/study?type=flashcard&lang=en");
        var first = await page.Locator("#card").GetAttributeAsync("data-card");
        await page.RussianKeyAsync("Space", " ");
        await page.Locator("#answer").WaitForAsync();
        await page.RussianKeyAsync("Digit3", "3");
        await page.WaitForFunctionAsync("() => document.querySelector('#progress strong').textContent.startsWith('Card 2 of')");

        await page.RussianKeyAsync("KeyU", "г");
        await page.WaitForFunctionAsync("() => document.querySelector('#progress strong').textContent.startsWith('Card 1 of')");
        Assert.Equal(first, await page.Locator("#card").GetAttributeAsync("data-card"));
        Assert.Contains("undone", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);

        await page.RussianKeyAsync("KeyF", "а");
        await page.Locator(".notice.warn").WaitForAsync();
        Assert.NotEqual(first, await page.Locator("#card").GetAttributeAsync("data-card"));
    }

    [SkippableFact]
    public async Task A_quiz_answered_by_keyboard_shows_the_crowds_bars_and_enter_accepts_the_grade()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/quiz?type=multiple-choice&lang=en");
        Assert.True(await page.Locator("#answer-form .choice").CountAsync() > 1);
        await BrowserSession.ScreenshotAsync(page, "quiz-question");
        await page.StudyKeyAsync("1");
        await page.Locator("#crowd").WaitForAsync();
        Assert.True(await page.Locator("#crowd svg.bar").CountAsync() > 1);
        Assert.Equal(1, await page.Locator("#crowd .option.picked").CountAsync());
        await BrowserSession.ScreenshotAsync(page, "quiz-crowd");

        if (await page.Locator("#grade-form .suggested").CountAsync() > 0)
        {
            await page.StudyKeyAsync("Enter");
        }
        else
        {
            Assert.True(await page.Locator("#no-key").IsVisibleAsync());
            await page.StudyKeyAsync("3");
        }

        await page.WaitForFunctionAsync("() => document.querySelector('#progress strong').textContent.startsWith('Card 2 of')");
    }

    [SkippableFact]
    public async Task The_practice_pages_look_right_in_both_themes_and_fit_a_phone()
    {
        await using var session = await BrowserSession.StartAsync();
        foreach (var (phone, scheme, suffix) in new[] { (false, ColorScheme.Light, "light"), (false, ColorScheme.Dark, "dark"), (true, ColorScheme.Light, "phone"), (true, ColorScheme.Dark, "phone-dark") })
        {
            var page = await session.NewPageAsync(phone, scheme);
            await page.GotoAsync("/study?type=flashcard&lang=en");
            if (suffix == "light")
            {
                // Some history for the charts: three answers.
                for (var n = 0; n < 3; n++)
                {
                    await page.StudyKeyAsync("Space");
                    await page.Locator("#answer").WaitForAsync();
                    await page.StudyKeyAsync(n == 0 ? "1" : "3");
                    await page.WaitForFunctionAsync($"() => document.querySelector('#progress strong').textContent.startsWith('Card {n + 2} of')");
                }
            }

            foreach (var (url, name) in new[] { ("/study?lang=en", "study"), ("/interview?lang=en", "interview"), ("/settings?lang=en", "settings"), ("/stats?lang=en", "stats-practice") })
            {
                await page.GotoAsync(url);
                await BrowserSession.ScreenshotAsync(page, $"{name}-{suffix}");
                if (phone)
                {
                    Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), $"{url} scrolls sideways on a phone");
                }
            }

            await page.GotoAsync("/interview?lang=en");
            await page.ClickAsync("#start");
            await page.Locator("#countdown").WaitForAsync();
            var first = await page.Locator("#countdown").InnerTextAsync();
            await page.WaitForFunctionAsync($"() => document.querySelector('#countdown').textContent !== '{first}'");
            await page.FillAsync("#answer", "Precision is TP over predicted positives.");
            await BrowserSession.ScreenshotAsync(page, $"interview-question-{suffix}");
            await page.ClickAsync("#submit-answer");
            await page.Locator("#reference").WaitForAsync();
            Assert.Contains("Precision is TP over predicted positives.", await page.Locator("#typed-answer").InnerTextAsync(), StringComparison.Ordinal);
            await BrowserSession.ScreenshotAsync(page, $"interview-answer-{suffix}");
            await page.Context.CloseAsync();
        }
    }
}
