using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Notices;

/// <summary>A notice as reviewers see it.</summary>
public sealed record NoticeView(
    long Id, DateTime ReceivedAt, DateTime AcknowledgedAt, string NotifierType, string? NotifierName, string? NotifierEmail,
    string Explanation, IReadOnlyList<string> Urls, bool GoodFaith, string? Category, string? CategorySpecification,
    string? LegalProvision, IReadOnlyList<long> ItemIds, IReadOnlyList<long> CaseIds)
{
    /// <summary>The view of a stored notice.</summary>
    public static NoticeView From(Notice n) => From(n, []);

    /// <summary>The view of a stored notice and the cases it opened.</summary>
    public static NoticeView From(Notice n, IReadOnlyList<long> caseIds)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new NoticeView(
            n.Id, n.ReceivedAt, n.AcknowledgedAt, n.NotifierType, n.NotifierName, n.NotifierEmail, n.Explanation, n.Urls, n.GoodFaith,
            n.AllegedCategory, n.AllegedCategorySpecification, n.AllegedLegalProvision, n.ItemIds, caseIds);
    }
}
