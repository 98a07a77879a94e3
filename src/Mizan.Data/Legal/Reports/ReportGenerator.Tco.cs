using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Reports;

/// <summary>TCO Art. 7(3): every item, (a) to (g).</summary>
public sealed partial class ReportGenerator
{
    /// <summary>Art. 3(7): force majeure or de facto impossibility.</summary>
    internal static readonly IReadOnlyList<string> Grounds37 = ["force_majeure", "de_facto_impossibility"];

    /// <summary>Art. 3(8): manifest errors or insufficient information.</summary>
    internal static readonly IReadOnlyList<string> Grounds38 = ["manifest_error", "insufficient_information"];

    private static readonly IReadOnlyList<string> s_signalKinds = ["hash", "text", "url"];

    private List<ReportFigure> Tco(ReportData data)
    {
        var f = new FigureList();
        var decisions = DecisionsInPeriod(data).ToList();
        var removals = decisions.Where(IsRemoval).ToList();

        // (a), (b): the service's own description, then the automated figures behind it.
        f.Text("tco.7_3_a.identification_measures", "Measures to identify and remove or disable access to terrorist content", options.IdentificationMeasures,
            FigureList.Source("configuration", "Reports:IdentificationMeasures", "text as configured"));
        f.Text("tco.7_3_b.reappearance_measures", "Measures against the reappearance of removed material, including automated tools", options.ReappearanceMeasures,
            FigureList.Source("configuration", "Reports:ReappearanceMeasures", "text as configured"));
        var banksByKind = data.BankEntries.GroupBy(e => SignalKind(e.Signal), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Bank).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        f.Counts("tco.7_3_b.banks_in_use", "Banks of known content in use at the end of the period, by kind of signal (a bank may hold several)",
            data.BankEntries.Select(e => e.Bank).Distinct(StringComparer.Ordinal).Count(),
            s_signalKinds.Select(k => (k, banksByKind.GetValueOrDefault(k))), Charts.None,
            FigureList.Source("banks, bank_entries",
                "b.Enabled && b.CreatedAt < @end && e.AddedAt < @end && (!e.Retracted || e.RetractedAt >= @end)",
                "count distinct b.Name; rows: per kind (hash = pdq|md5|sha256, text, url) count distinct b.Name having such entries"));
        f.Counts("tco.7_3_b.bank_entries", "Entries in those banks at the end of the period, by signal type",
            FigureList.Tally(data.BankEntries.SelectMany(e => Enumerable.Repeat(e.Signal, e.Entries))), Charts.Bar,
            FigureList.Source("banks, bank_entries",
                "b.Enabled && b.CreatedAt < @end && e.AddedAt < @end && (!e.Retracted || e.RetractedAt >= @end)",
                "count(*) group by e.SignalType"));
        f.Share("tco.7_3_b.automated_detection_share", "Share of removals in the period detected by automated means",
            removals.Count(d => d.AutomatedDetection), removals.Count,
            FigureList.Source("decisions", $"{DecidedInPeriod} && {RemovalFilter}", "count(d.AutomatedDetection) / count(*)"));
        var automated = removals.Where(d => d.AutomatedDetection).ToList();
        f.Counts("tco.7_3_b.automated_removals_by_signal", "Removals detected by automated means, by the kind of signal that matched (a removal may count under several)",
            automated.Count,
            s_signalKinds.Select(k => (k, automated.Count(d => data.ItemSignals.GetValueOrDefault(d.ContentItemId, []).Any(s => SignalKind(s) == k)))),
            Charts.Bar,
            FigureList.Source("decisions, item_matches", $"{DecidedInPeriod} && {RemovalFilter} && d.AutomatedDetection",
                "count(*); rows: count where exists m in item_matches(m.ContentItemId == d.ContentItemId) of that kind"));

        // (c): items removed following orders and specific measures; orders not executed and why.
        f.Count("tco.7_3_c.items_removed_orders", "Items removed or disabled following removal orders",
            removals.Where(d => d.RemovalOrderId is not null).Select(d => d.ContentItemId).Distinct().Count(),
            FigureList.Source("decisions", $"{DecidedInPeriod} && {RemovalFilter} && d.RemovalOrderId != null", "count distinct d.ContentItemId"));
        f.Count("tco.7_3_c.items_removed_specific_measures", "Items removed or disabled following specific measures (own-initiative automated detection)",
            removals.Where(IsSpecificMeasure).Select(d => d.ContentItemId).Distinct().Count(),
            FigureList.Source("decisions", $"{DecidedInPeriod} && {SpecificMeasureFilter}", "count distinct d.ContentItemId"));
        var received = data.Orders.Where(o => data.InPeriod(o.ReceivedAt)).ToList();
        NotExecuted(f, data, received, "tco.7_3_c.orders_not_executed_3_7",
            "Removal orders not executed under Art. 3(7) (force majeure, de facto impossibility), by ground", Grounds37);
        NotExecuted(f, data, received, "tco.7_3_c.orders_not_executed_3_8",
            "Removal orders not executed under Art. 3(8) (manifest errors, insufficient information), by ground", Grounds38);

        // (d): Art. 10 complaints, about specific-measure removals.
        var art10 = data.Complaints.Where(c => data.InPeriod(c.ReceivedAt) && data.Decisions.TryGetValue(c.DecisionId, out var d) && IsSpecificMeasure(d)).ToList();
        const string ComplaintFilter = "c.ReceivedAt >= @start && c.ReceivedAt < @end && decision(c.DecisionId) is a specific measure (" + SpecificMeasureFilter + ")";
        f.Count("tco.7_3_d.complaints_total", "Complaints under Art. 10", art10.Count,
            FigureList.Source("complaints, decisions", ComplaintFilter, "count(*)"));
        f.Count("tco.7_3_d.complaints_decision_upheld", "Art. 10 complaints rejected: the removal was upheld",
            art10.Count(c => Outcome(data, c) == "upheld"),
            FigureList.Source("complaints, decisions", ComplaintFilter + " && c.Outcome == 'upheld' && c.DecidedAt < @end", "count(*)"));
        f.Count("tco.7_3_d.complaints_decision_reversed", "Art. 10 complaints upheld: the removal was reversed",
            art10.Count(c => Outcome(data, c) == "reversed"),
            FigureList.Source("complaints, decisions", ComplaintFilter + " && c.Outcome == 'reversed' && c.DecidedAt < @end", "count(*)"));
        f.Count("tco.7_3_d.complaints_pending", "Art. 10 complaints not decided by the end of the period",
            art10.Count(c => Outcome(data, c) == "pending"),
            FigureList.Source("complaints, decisions", ComplaintFilter + " && !(c.DecidedAt < @end)", "count(*)"));

        // (e): review proceedings: scrutiny (Art. 4) with outcomes, and court annulments (Art. 9).
        var scrutiny = data.Orders.Where(o => o.ScrutinyRequestedAt is { } at && data.InPeriod(at)).ToList();
        var court = data.Orders.Where(o => o.ReinstatementBasis == "court" && o.ReinstatedAt is { } at && data.InPeriod(at)).ToList();
        string[] proceedingKeys = ["scrutiny: infringement found", "scrutiny: no infringement", "scrutiny: pending", "court: order annulled"];
        f.Counts("tco.7_3_e.review_proceedings", "Administrative or judicial review proceedings, by outcome",
            FigureList.Tally(scrutiny.Select(o => ScrutinyOutcome(data, o)).Concat(court.Select(_ => proceedingKeys[3])), proceedingKeys), Charts.Bar,
            FigureList.Source("removal_orders",
                "scrutiny: o.ScrutinyRequestedAt >= @start && o.ScrutinyRequestedAt < @end; court: o.ReinstatementBasis == 'court' && o.ReinstatedAt >= @start && o.ReinstatedAt < @end",
                "count(*) group by outcome (o.InfringementFound when o.ScrutinyDecidedAt < @end, else pending)"));
        f.Counts("tco.7_3_e.scrutiny_by_requester", "Scrutiny requests (Art. 4), by who asked",
            FigureList.Tally(scrutiny.Select(o => o.ScrutinyRequestedBy ?? "authority_own_initiative")), Charts.None,
            FigureList.Source("removal_orders", "o.ScrutinyRequestedAt >= @start && o.ScrutinyRequestedAt < @end",
                "count(*) group by o.ScrutinyRequestedBy ?? 'authority_own_initiative'"));

        // (f), (g): reinstatements.
        var reinstated = data.Orders.Where(o => o.ReinstatedAt is { } at && data.InPeriod(at)).ToList();
        f.Counts("tco.7_3_f.reinstatements_after_proceedings", "Cases (orders) in which content was reinstated after review proceedings, by basis",
            FigureList.Tally(reinstated.Select(o => o.ReinstatementBasis ?? "unspecified")), Charts.None,
            FigureList.Source("removal_orders", "o.ReinstatedAt >= @start && o.ReinstatedAt < @end", "count(*) group by o.ReinstatementBasis"));
        f.Count("tco.7_3_f.items_reinstated_after_proceedings", "Items reinstated after review proceedings",
            reinstated.Sum(o => o.ItemIds.Count),
            FigureList.Source("removal_orders", "o.ReinstatedAt >= @start && o.ReinstatedAt < @end", "sum(o.ItemIds.Count)"));
        f.Count("tco.7_3_g.reinstatements_after_complaints", "Cases in which content was reinstated following a complaint by the content provider",
            data.Complaints.Count(c => c.Outcome == "reversed" && c.ComplainantRole == "content_provider" && c.DecidedAt is { } at && data.InPeriod(at)
                && data.Decisions.TryGetValue(c.DecisionId, out var d) && IsSpecificMeasure(d)),
            FigureList.Source("complaints, decisions",
                "c.Outcome == 'reversed' && c.ComplainantRole == 'content_provider' && c.DecidedAt >= @start && c.DecidedAt < @end && decision(c.DecisionId) is a specific measure",
                "count(*)"));

        // Art. 6: preservation of what was removed.
        f.Counts("tco.art6.preservation_holds_started", "Preservation holds started (Art. 6 and other bases), by basis",
            FigureList.Tally(data.Holds.Select(h => h.Basis)), Charts.None,
            FigureList.Source("preservation_holds", "h.StartedAt >= @start && h.StartedAt < @end", "count(*) group by h.Basis"));
        return [.. f.Figures];
    }

    private static void NotExecuted(FigureList f, ReportData data, List<RemovalOrder> received, string id, string label, IReadOnlyList<string> grounds)
    {
        var orders = received.Where(o => !data.Before(o.ExecutedAt) && o.ImpossibilityReason is { } r && grounds.Contains(r, StringComparer.Ordinal)).ToList();
        f.Counts(id, label, FigureList.Tally(orders.Select(o => o.ImpossibilityReason!), grounds), Charts.None,
            FigureList.Source("removal_orders",
                $"o.ReceivedAt >= @start && o.ReceivedAt < @end && !(o.ExecutedAt < @end) && o.ImpossibilityReason in ({string.Join(", ", grounds.Select(g => $"'{g}'"))})",
                "count(*) group by o.ImpossibilityReason"));
    }

    private static string ScrutinyOutcome(ReportData data, RemovalOrder o) =>
        !data.Before(o.ScrutinyDecidedAt) || o.InfringementFound is null ? "scrutiny: pending"
        : o.InfringementFound.Value ? "scrutiny: infringement found" : "scrutiny: no infringement";

    private static string SignalKind(string signal) => signal switch
    {
        "text" => "text",
        "url" => "url",
        _ => "hash",
    };
}
