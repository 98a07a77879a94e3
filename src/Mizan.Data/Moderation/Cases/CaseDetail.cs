using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Notices;
using Mizan.Data.Moderation.Settings;

namespace Mizan.Data.Moderation.Cases;

/// <summary>
/// A case with what a reviewer needs: the item and its context, every signal with its evidence, the notices,
/// earlier decisions, and how the reviewer wants media shown (blurred and greyscale until revealed).
/// </summary>
public sealed record CaseDetail(
    CaseSummary Case, ItemView Item, IReadOnlyList<NoticeView> Notices, IReadOnlyList<DecisionView> Decisions, DisplaySettings Display, string? MediaUrl);
