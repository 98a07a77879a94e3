using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Items;

/// <summary>An item as the API shows it. The file's bytes are not part of it (see the media endpoint).</summary>
public sealed record ItemView(
    long Id,
    string ExternalId,
    string Puid,
    string? Url,
    string Type,
    string? Language,
    string? Text,
    DateTime? PostedAt,
    UploaderInfo? Uploader,
    string Visibility,
    ItemContext? Context,
    ItemFileView? File,
    string State,
    IReadOnlyList<string> RestrictedIn,
    int NoticeCount,
    IReadOnlyList<MatchView> Matches,
    long? CaseId,
    long? DecisionId,
    DateTime CreatedAt)
{
    /// <summary>The view of a stored item.</summary>
    public static ItemView From(ContentItem i, IReadOnlyList<ItemMatch> matches, long? caseId, long? decisionId)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(matches);
        return new ItemView(
            i.Id, i.ExternalId, i.Puid, i.Url, i.ContentType, i.Language, i.Text, i.PostedAt,
            i.UploaderRef is null && i.AccountType is null ? null : new UploaderInfo(i.UploaderRef, i.AccountType),
            i.Visibility,
            i.ContextCaption is null && i.ContextThread is null && i.ContextAccountKind is null
                ? null : new ItemContext(i.ContextCaption, i.ContextThread, i.ContextAccountKind),
            i.FileSha256 is null ? null : new ItemFileView(i.FileSha256, i.FileMd5!, i.FilePdq, i.PdqQuality, i.FileLength ?? 0, i.MediaType, i.Media is not null),
            i.State, i.RestrictedIn, i.NoticeCount, matches.Select(MatchView.From).ToList(), caseId, decisionId, i.CreatedAt);
    }
}
