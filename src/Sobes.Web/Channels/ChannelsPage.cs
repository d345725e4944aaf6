using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Channels;
using Sobes.Data.Storage;
using Sobes.Import.Channels;
using Sobes.Web.Accounts;

namespace Sobes.Web.Channels;

/// <summary>The followed channels, their last sync, and (for editors) following, unfollowing and syncing now.</summary>
public sealed class ChannelsPage(SobesDatabase database, ChannelSync sync, ChannelSettings settings, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public IReadOnlyList<ChannelRecord> Channels { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public TimeSpan DefaultInterval => settings.Interval;

    public bool Background => settings.Background;

    /// <summary>A refused address, shown by the form.</summary>
    public string? Problem { get; private set; }

    /// <summary>The sync "sync now" just ran, with the channel's name.</summary>
    public (string Name, ChannelSyncView Result)? Synced { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? channel, int? interval, CancellationToken cancellationToken)
    {
        if (!await EditorAsync())
        {
            return Forbid();
        }

        var address = ChannelAddress.Parse(channel ?? "", out var error);
        if (address is null || interval is < 1)
        {
            Problem = error ?? "the interval is at least one minute";
            await LoadAsync(cancellationToken);
            return Page();
        }

        await using (var db = database.CreateContext())
        {
            await FollowedChannels.AddAsync(db, address, interval, time.GetUtcNow(), cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string name, CancellationToken cancellationToken)
    {
        if (!await EditorAsync())
        {
            return Forbid();
        }

        await using (var db = database.CreateContext())
        {
            if (!await FollowedChannels.RemoveAsync(db, name ?? "", cancellationToken))
            {
                return NotFound();
            }
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSyncAsync(string name, CancellationToken cancellationToken)
    {
        if (!await EditorAsync())
        {
            return Forbid();
        }

        ChannelRecord? channel;
        await using (var db = database.CreateContext())
        {
            channel = await FollowedChannels.FindAsync(db, name ?? "", cancellationToken);
        }

        if (channel is null)
        {
            return NotFound();
        }

        Synced = (channel.Name, ChannelSyncView.From(await sync.SyncAsync(channel, cancellationToken: cancellationToken)));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> EditorAsync() => (await authorization.AuthorizeAsync(User, SobesPolicies.Edit)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = await EditorAsync();
        await using var db = database.CreateContext();
        Channels = await FollowedChannels.ListAsync(db, cancellationToken);
    }
}
