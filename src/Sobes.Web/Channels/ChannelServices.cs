using System.Globalization;
using Sobes.Data.Channels;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Import.Channels;

namespace Sobes.Web.Channels;

/// <summary>
/// The web app's channel settings: <c>Sobes:Channels:Interval</c> (minutes between syncs of a channel without its own
/// interval, default 60), <c>Sobes:Channels:RequestInterval</c> (least seconds between two requests to a preview,
/// default 1), <c>Sobes:Channels:Check</c> (seconds between the background loop's looks for due channels, default 60)
/// and <c>Sobes:Channels:Background</c> (<c>false</c> turns the background sync off).
/// </summary>
public sealed record ChannelSettings(TimeSpan Interval, TimeSpan RequestInterval, TimeSpan Check, bool Background)
{
    public const string Section = "Sobes:Channels";

    public static ChannelSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ChannelSettings(
            TimeSpan.FromMinutes(Number(configuration, "Interval", 60, 1, 60 * 24 * 30)),
            TimeSpan.FromSeconds(Number(configuration, "RequestInterval", 1, 0, 3600)),
            TimeSpan.FromSeconds(Number(configuration, "Check", 60, 0.05, 86400)),
            configuration.GetValue(Section + ":Background", true));
    }

    // A setting out of range or not a number stops the app at start with a message naming it, rather than running wrongly.
    private static double Number(IConfiguration configuration, string key, double fallback, double min, double max)
    {
        var text = configuration[Section + ":" + key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{Section}:{key} = '{text}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
    }
}

internal static class ChannelServices
{
    public static IServiceCollection AddSobesChannels(this IServiceCollection services)
    {
        services.AddSingleton(sp => ChannelSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new ChannelSync(
            sp.GetRequiredService<SobesDatabase>(),
            sp.GetRequiredService<LibraryImporter>(),
            sp.GetRequiredService<TimeProvider>(),
            new ChannelSyncOptions(new ChannelPoliteness(sp.GetRequiredService<ChannelSettings>().RequestInterval))));
        services.AddHostedService<ChannelSyncService>();
        return services;
    }
}
