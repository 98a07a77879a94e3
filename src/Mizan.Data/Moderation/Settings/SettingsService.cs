using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Settings;

/// <summary>Per-reviewer display settings; media are blurred and greyscale unless the reviewer turned that off.</summary>
public sealed class SettingsService(MizanDbContext db, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>The caller's settings (the protective defaults until changed).</summary>
    public async Task<DisplaySettings> GetAsync(ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = actor.KeyId is { } key
            ? await db.ModeratorSettings.AsNoTracking().FirstOrDefaultAsync(s => s.KeyId == key, cancellationToken).ConfigureAwait(false)
            : null;
        return row is null ? new DisplaySettings(true, true) : new DisplaySettings(row.BlurMedia, row.Greyscale);
    }

    /// <summary>Stores the caller's settings.</summary>
    public async Task<DisplaySettings> SetAsync(ModerationActor actor, DisplaySettings value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(value);
        int key = actor.KeyId ?? throw new MizanException(ErrorCodes.Forbidden, "Only a key has settings.");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ModeratorSettings.FirstOrDefaultAsync(s => s.KeyId == key, cancellationToken).ConfigureAwait(false);
        var before = row is null ? new DisplaySettings(true, true) : new DisplaySettings(row.BlurMedia, row.Greyscale);
        if (row is null)
        {
            row = new ModeratorSettings { KeyId = key };
            db.ModeratorSettings.Add(row);
        }

        row.BlurMedia = value.BlurMedia;
        row.Greyscale = value.Greyscale;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await changes.RecordAsync(actor, "settings.updated", "settings", key.ToString(System.Globalization.CultureInfo.InvariantCulture), before, value, null, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return value;
    }
}
