using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>Typing and pressing buttons in the web chat, one input at a time, as a person does.</summary>
public static class BrowserChat
{
    /// <summary>The page takes one input at a time: wait until the previous answer has arrived.</summary>
    public static Task IdleAsync(IPage page) => Expect(page.Locator("body")).Not.ToHaveClassAsync(new Regex("busy"));

    public static async Task TypeAsync(IPage page, string text)
    {
        await IdleAsync(page);
        await page.Locator("#text").FillAsync(text);
        await page.Locator("#text").PressAsync("Enter");
    }

    /// <summary>Presses the button of the latest message that has one with this label.</summary>
    public static async Task PressAsync(IPage page, string label)
    {
        await IdleAsync(page);
        await page.Locator("#messages button[data-payload]").Filter(new() { HasText = label }).Last.ClickAsync();
    }
}
