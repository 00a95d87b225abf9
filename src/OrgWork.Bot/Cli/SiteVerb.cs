using System.CommandLine;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>site qr SLUG --png FILE</c>: a red-education site's fixed check-in QR code as a PNG to print, and the two addresses
/// it stands for: the web address the image encodes and the bot's deep link (asked of Telegram when a token is set).
/// </summary>
public static class SiteVerb
{
    public static Command Create()
    {
        var slug = new Argument<string>("SLUG") { Description = "The site's slug (its file name under content/sites without .md)" };
        var png = new Option<FileInfo>("--png") { Description = "The PNG file to write", Required = true };
        var qr = new Command("qr", "Write a site's printed check-in QR code and print the addresses it stands for") { slug, png };
        qr.TreatUnmatchedTokensAsErrors = false;
        qr.SetAction((result, ct) => QrAsync(result.UnmatchedTokens.ToArray(), result.GetValue(slug)!, result.GetValue(png)!, ct));
        return new Command("site", "Red-education sites (content/sites)") { qr };
    }

    private static async Task<int> QrAsync(string[] args, string slug, FileInfo png, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();

        // The signing key may be the one the database keeps (made when it is first set up).
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var catalogue = host.Services.GetRequiredService<CatalogueStore>();
        await catalogue.ReloadAsync(cancellationToken);
        if (catalogue.Current.FindSite(slug) is not { } site)
        {
            Console.Error.WriteLine(UiText.Format(UiText.SiteQrUnknown, slug));
            return 1;
        }

        var code = await host.Services.GetRequiredService<CheckInCodes>().ForSiteAsync(site, cancellationToken);
        var web = host.Services.GetRequiredService<CheckInAddresses>().ForSite(code);
        await File.WriteAllBytesAsync(png.FullName, QrImage.Png(web), cancellationToken);
        Console.WriteLine(UiText.Format(UiText.SiteQrWritten, png.FullName, site.Title));
        Console.WriteLine(UiText.Format(UiText.SiteQrWebAddress, web));

        var payload = CheckInCodes.SitePrefix + code;
        var telegram = host.Services.GetRequiredService<IConfiguration>().GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (telegram.IsEnabled)
        {
            var (username, problem) = await TelegramBotName.AskAsync(telegram, cancellationToken);
            if (username is not null)
            {
                Console.WriteLine(UiText.Format(UiText.SiteQrDeepLink, TelegramDeepLinks.For(username, payload)));
            }
            else
            {
                Console.WriteLine(UiText.Format(UiText.SiteQrTypeStart, payload) + UiText.Format(UiText.SiteQrNoBotName, problem));
            }
        }
        else
        {
            Console.WriteLine(UiText.Format(UiText.SiteQrTypeStart, payload));
        }

        Console.WriteLine(UiText.SiteQrValidity);
        return 0;
    }
}
