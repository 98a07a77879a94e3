using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Reports;

/// <summary>
/// The rows a report reads, loaded once per report with no tracking: everything the figures of a period can touch.
/// The figures themselves filter these rows as their <see cref="FigureSource"/> states.
/// </summary>
internal sealed class ReportData
{
    public required ReportPeriod Period { get; init; }

    /// <summary>Decisions taken in the period, and those the period's complaints are about.</summary>
    public required IReadOnlyDictionary<long, Decision> Decisions { get; init; }

    /// <summary>The language of every item a loaded decision concerns (null when unknown).</summary>
    public required IReadOnlyDictionary<long, string?> ItemLanguages { get; init; }

    /// <summary>For every item of a loaded decision, the signal types of its matches.</summary>
    public required IReadOnlyDictionary<long, IReadOnlyList<string>> ItemSignals { get; init; }

    public required IReadOnlyList<Notice> Notices { get; init; }

    /// <summary>Complaints received or decided in the period.</summary>
    public required IReadOnlyList<Complaint> Complaints { get; init; }

    /// <summary>Orders received, put under scrutiny or reinstated in the period.</summary>
    public required IReadOnlyList<RemovalOrder> Orders { get; init; }

    public required IReadOnlyList<Referral> Referrals { get; init; }

    public required IReadOnlyList<DataRequest> DataRequests { get; init; }

    /// <summary>Preservation holds started in the period (basis and status only).</summary>
    public required IReadOnlyList<(string Basis, DateTime StartedAt)> Holds { get; init; }

    /// <summary>Enabled banks created before the end, with their entries active at the end by signal type.</summary>
    public required IReadOnlyList<(string Bank, string Signal, int Entries)> BankEntries { get; init; }

    public DateTime Start => Period.Start;

    public DateTime End => Period.End;

    public bool InPeriod(DateTime at) => at >= Period.Start && at < Period.End;

    public bool Before(DateTime? at) => at is { } t && t < Period.End;

    public static async Task<ReportData> LoadAsync(MizanDbContext db, ReportPeriod period, CancellationToken ct)
    {
        DateTime start = period.Start;
        DateTime end = period.End;

        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => (c.ReceivedAt >= start && c.ReceivedAt < end) || (c.DecidedAt >= start && c.DecidedAt < end))
            .OrderBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
        var complained = complaints.Select(c => c.DecisionId).Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => (d.DecidedAt >= start && d.DecidedAt < end) || complained.Contains(d.Id))
            .OrderBy(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
        var itemIds = decisions.Select(d => d.ContentItemId).Distinct().ToList();
        var languages = await db.ContentItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Language }).ToDictionaryAsync(i => i.Id, i => i.Language, ct).ConfigureAwait(false);
        var matches = await db.ItemMatches.AsNoTracking().Where(m => itemIds.Contains(m.ContentItemId))
            .Select(m => new { m.ContentItemId, m.Signal }).ToListAsync(ct).ConfigureAwait(false);
        var notices = await db.Notices.AsNoTracking().Where(n => n.ReceivedAt >= start && n.ReceivedAt < end)
            .OrderBy(n => n.Id).ToListAsync(ct).ConfigureAwait(false);
        var orders = await db.RemovalOrders.AsNoTracking()
            .Where(o => (o.ReceivedAt >= start && o.ReceivedAt < end) || (o.ScrutinyRequestedAt >= start && o.ScrutinyRequestedAt < end)
                || (o.ReinstatedAt >= start && o.ReinstatedAt < end))
            .OrderBy(o => o.Id).ToListAsync(ct).ConfigureAwait(false);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .OrderBy(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
        var requests = await db.DataRequests.AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .OrderBy(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
        var holds = await db.PreservationHolds.AsNoTracking().Where(h => h.StartedAt >= start && h.StartedAt < end)
            .Select(h => new { h.Basis, h.StartedAt }).ToListAsync(ct).ConfigureAwait(false);
        var entries = await db.BankEntries.AsNoTracking()
            .Where(e => e.Bank!.Enabled && e.Bank.CreatedAt < end && e.AddedAt < end && (!e.Retracted || e.RetractedAt >= end))
            .GroupBy(e => new { e.Bank!.Name, e.SignalType })
            .Select(g => new { g.Key.Name, g.Key.SignalType, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);

        return new ReportData
        {
            Period = period,
            Decisions = decisions.ToDictionary(d => d.Id),
            ItemLanguages = languages,
            ItemSignals = matches.GroupBy(m => m.ContentItemId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.Signal).Distinct(StringComparer.Ordinal).ToList()),
            Notices = notices,
            Complaints = complaints,
            Orders = orders,
            Referrals = referrals,
            DataRequests = requests,
            Holds = holds.Select(h => (h.Basis, h.StartedAt)).ToList(),
            BankEntries = entries.Select(e => (e.Name, e.SignalType, e.Count)).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.SignalType, StringComparer.Ordinal).ToList(),
        };
    }
}
