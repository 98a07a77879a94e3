using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;

namespace Mizan.Data.Legal.Preservation;

/// <summary>
/// Preservation holds: the copy of removed content and its related data, kept for a set time (TCO Art. 6), readable
/// only by the legal role with a stated purpose, destroyed on expiry.
/// </summary>
public sealed partial class PreservationService(MizanDbContext db, LegalOptions options, ModerationChanges changes, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds a hold with a copy of <paramref name="item"/> in the caller's context and open transaction (the hold is
    /// saved to get its id; the audit event is staged, and the caller saves and commits), so the hold exists only if
    /// the caller's change commits. The expiry follows the basis: six months (configurable) for TCO, 90 days for 2703(f).
    /// </summary>
    public Task<PreservationHold> StageForItemAsync(
        ContentItem item, string basis, PreservationOrigin origin, ModerationActor actor, CancellationToken cancellationToken) =>
        StageForItemAsync(item, basis, origin, actor, cancellationToken, null, null);

    private async Task<PreservationHold> StageForItemAsync(
        ContentItem item, string basis, PreservationOrigin origin, ModerationActor actor, CancellationToken cancellationToken,
        IReadOnlyList<string>? purposes, DateTime? until)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(actor);
        if (!PreservationBases.All.Contains(basis, StringComparer.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown preservation basis.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string metadata = JsonSerializer.Serialize(
            new
            {
                itemId = item.Id,
                externalId = item.ExternalId,
                url = item.Url,
                uploaderRef = item.UploaderRef,
                accountType = item.AccountType,
                accountKind = item.ContextAccountKind,
                postedAt = item.PostedAt,
                language = item.Language,
                visibility = item.Visibility,
                contentType = item.ContentType,
                caption = item.ContextCaption,
                thread = item.ContextThread,
                sha256 = item.FileSha256,
                md5 = item.FileMd5,
                pdq = item.FilePdq,
                mediaType = item.MediaType,
            },
            Canonical);
        var hold = new PreservationHold
        {
            Basis = basis,
            ContentItemId = item.Id,
            RemovalOrderId = origin.RemovalOrderId,
            DataRequestId = origin.DataRequestId,
            RequestingOrganisationId = origin.RequestingOrganisationId,
            RequestingAuthority = origin.RequestingAuthority,
            RequestReference = origin.Reference,
            Purposes = [.. purposes ?? PreservationBases.DefaultPurposes(basis)],
            Status = PreservationStatuses.Active,
            StartedAt = now,
            ExpiresAt = until ?? (basis == PreservationBases.Us2703f ? now.AddDays(options.UsPreservationDays) : now.AddMonths(options.PreservationMonths)),
            PreservedText = item.Text,
            PreservedMedia = item.Media,
            PreservedMediaType = item.Media is null ? null : item.MediaType,
            PreservedMetadata = metadata,
            PreservedSha256 = CopyHash(item.Text, item.Media, metadata),
            CreatedBy = actor.Name,
        };
        db.PreservationHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "preservation_hold.created", "preservation_hold", hold.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { hold.Basis, hold.ContentItemId, hold.RemovalOrderId, hold.DataRequestId, hold.StartedAt, hold.ExpiresAt, hold.Purposes, hold.PreservedSha256 },
            origin.Reference, cancellationToken).ConfigureAwait(false);
        return hold;
    }

    /// <summary>SHA-256 over the preserved copy: text, media and metadata, each length-prefixed.</summary>
    public static string CopyHash(string? text, byte[]? media, string? metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[]? part in new[] { text is null ? null : Encoding.UTF8.GetBytes(text), media, metadata is null ? null : Encoding.UTF8.GetBytes(metadata) })
        {
            hash.AppendData(BitConverter.GetBytes(part?.LongLength ?? -1L));
            if (part is not null)
            {
                hash.AppendData(part);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
