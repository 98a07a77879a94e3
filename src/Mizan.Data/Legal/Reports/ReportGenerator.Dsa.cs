using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Reports;

/// <summary>DSA Art. 15(1)(a)-(e) and Art. 24 figures.</summary>
public sealed partial class ReportGenerator
{
    /// <summary>Time from receipt to execution of an order, in buckets (upper bounds in minutes; the last is open).</summary>
    internal static readonly IReadOnlyList<(string Key, double UpToMinutes)> ActBuckets =
        [("0-15 min", 15), ("15-30 min", 30), ("30-45 min", 45), ("45-60 min", 60), ("1-2 h", 120), ("2-24 h", 1440), ("over 24 h", double.PositiveInfinity)];

    private static readonly IReadOnlyList<string> s_complaintOutcomes = ["upheld", "reversed", "pending"];

    private List<ReportFigure> Dsa(ReportData data)
    {
        var f = new FigureList();
        var decisions = DecisionsInPeriod(data).ToList();

        // (a) orders from Member States' authorities.
        var orders = data.Orders.Where(o => data.InPeriod(o.ReceivedAt)).ToList();
        const string OrdersFilter = "o.ReceivedAt >= @start && o.ReceivedAt < @end";
        f.Counts("dsa.15_1_a.orders_by_member_state", "Removal orders received, by issuing Member State",
            FigureList.Tally(orders.Select(o => o.IssuingMemberState)), Charts.Bar,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by o.IssuingMemberState"));
        f.Counts("dsa.15_1_a.orders_by_type", "Removal orders received, by type of terrorist content named (Art. 2(7); an order may name several)",
            orders.Count, FigureList.Tally(orders.SelectMany(o => o.MaterialTypes.Distinct(StringComparer.Ordinal))), Charts.Bar,
            FigureList.Source("removal_orders", OrdersFilter, "count(*); rows: count(*) group by each of o.MaterialTypes"));
        f.Counts("dsa.15_1_a.orders_by_member_state_and_authority_type", "Removal orders received, by Member State and type of issuing authority",
            FigureList.Tally(orders.Select(o => $"{o.IssuingMemberState} / {o.IssuingAuthorityType}")), Charts.None,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by o.IssuingMemberState, o.IssuingAuthorityType"));
        var acknowledged = orders.Select(o => (Order: o, At: FirstReply(o))).Where(x => data.Before(x.At)).ToList();
        f.Seconds("dsa.15_1_a.median_time_to_acknowledge", "Median time from receipt to the first reply to the authority (Annex II or Annex III), by Member State",
            Median.Of(acknowledged.Select(x => Seconds(x.Order.ReceivedAt, x.At!.Value))),
            acknowledged.GroupBy(x => x.Order.IssuingMemberState, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FigureRow(g.Key, Median.Of(g.Select(x => Seconds(x.Order.ReceivedAt, x.At!.Value))))).ToList(),
            FigureList.Source("removal_orders", OrdersFilter + " && min(o.FeedbackSentAt, o.AnnexIIISentAt) < @end",
                "median(min(o.FeedbackSentAt, o.AnnexIIISentAt) - o.ReceivedAt) in seconds; rows: the same per o.IssuingMemberState"));
        var executed = orders.Where(o => data.Before(o.ExecutedAt)).ToList();
        f.Seconds("dsa.15_1_a.median_time_to_act", "Median time from receipt to execution of removal orders, by Member State",
            Median.Of(executed.Select(o => Seconds(o.ReceivedAt, o.ExecutedAt!.Value))),
            executed.GroupBy(o => o.IssuingMemberState, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FigureRow(g.Key, Median.Of(g.Select(o => Seconds(o.ReceivedAt, o.ExecutedAt!.Value))))).ToList(),
            FigureList.Source("removal_orders", OrdersFilter + " && o.ExecutedAt < @end",
                "median(o.ExecutedAt - o.ReceivedAt) in seconds (clock pauses included); rows: the same per o.IssuingMemberState"));
        f.Counts("dsa.15_1_a.time_to_act_distribution", "Removal orders by time from receipt to execution",
            ActBuckets.Select(b => (b.Key, executed.Count(o => Bucket(Seconds(o.ReceivedAt, o.ExecutedAt!.Value)) == b.Key))), Charts.Column,
            FigureList.Source("removal_orders", OrdersFilter + " && o.ExecutedAt < @end",
                "count(*) group by bucket(o.ExecutedAt - o.ReceivedAt): 0-15 min, 15-30, 30-45, 45-60, 1-2 h, 2-24 h, over 24 h (upper bounds inclusive)"));
        string[] timeliness = ["executed within the deadline", "executed late", "not executed"];
        f.Counts("dsa.15_1_a.orders_by_timeliness", "Removal orders by execution against the deadline",
            FigureList.Tally(orders.Select(o => !data.Before(o.ExecutedAt) ? timeliness[2] : Late(o) ? timeliness[1] : timeliness[0]), timeliness), Charts.None,
            FigureList.Source("removal_orders", OrdersFilter,
                "count(*) group by: not executed when !(o.ExecutedAt < @end); late when o.OverdueAt != null || o.ExecutedAt > o.DeadlineAt; else within"));

        // (b) notices.
        const string NoticesFilter = "n.ReceivedAt >= @start && n.ReceivedAt < @end";
        f.Counts("dsa.15_1_b.notices_by_type", "Notices received, by type of notifier",
            FigureList.Tally(data.Notices.Select(n => n.NotifierType)), Charts.Bar,
            FigureList.Source("notices", NoticesFilter, "count(*) group by n.NotifierType"));
        f.Share("dsa.15_1_b.trusted_flagger_share", "Share of notices from trusted flaggers",
            data.Notices.Count(n => n.NotifierType == "trusted_flagger"), data.Notices.Count,
            FigureList.Source("notices", NoticesFilter, "count(n.NotifierType == 'trusted_flagger') / count(*)"));
        var noticeIds = data.Notices.Select(n => n.Id).ToHashSet();
        var onNotices = decisions.Where(d => d.NoticeId is { } id && noticeIds.Contains(id)).ToList();
        f.Counts("dsa.15_1_b.notice_actions_by_basis", "Restrictions taken on notices, on the basis of the law or of the terms and conditions",
            FigureList.Tally(onNotices.Where(IsRestriction).Select(d => d.Ground == "illegal" ? "law" : "terms"), ["law", "terms"]), Charts.None,
            FigureList.Source("decisions, notices", $"{DecidedInPeriod} && {RestrictionFilter} && notice(d.NoticeId).ReceivedAt in [@start, @end)",
                "count(*) group by d.Ground ('illegal' = law, 'incompatible' = terms)"));
        var firstDecision = onNotices.GroupBy(d => d.NoticeId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).First());
        f.Count("dsa.15_1_b.notices_processed_automatically", "Notices processed with automated means",
            firstDecision.Values.Count(d => d.AutomatedDecision != "not_automated"),
            FigureList.Source("decisions, notices", $"{NoticesFilter} && first decision d (by d.DecidedAt) with d.NoticeId == n.Id && d.DecidedAt < @end",
                "count(d.AutomatedDecision != 'not_automated')"));
        f.Seconds("dsa.15_1_b.median_notice_handling_time", "Median time from a notice to the decision on it",
            Median.Of(data.Notices.Where(n => firstDecision.ContainsKey(n.Id)).Select(n => Seconds(n.ReceivedAt, firstDecision[n.Id].DecidedAt))), null,
            FigureList.Source("decisions, notices", $"{NoticesFilter} && first decision d (by d.DecidedAt) with d.NoticeId == n.Id && d.DecidedAt < @end",
                "median(d.DecidedAt - n.ReceivedAt) in seconds"));

        // (c) own-initiative moderation.
        var own = decisions.Where(d => d.SourceType == "voluntary" && IsRestriction(d)).ToList();
        const string OwnFilter = DecidedInPeriod + " && d.SourceType == 'voluntary' && " + RestrictionFilter;
        f.Counts("dsa.15_1_c.own_initiative_by_action", "Own-initiative restrictions, by type of measure",
            FigureList.Tally(own.Select(d => d.Action)), Charts.Bar,
            FigureList.Source("decisions", OwnFilter, "count(*) group by d.Action"));
        f.Counts("dsa.15_1_c.own_initiative_by_automation", "Own-initiative restrictions, by automation of the decision",
            FigureList.Tally(own.Select(d => d.AutomatedDecision), ["fully", "partially", "not_automated"]), Charts.None,
            FigureList.Source("decisions", OwnFilter, "count(*) group by d.AutomatedDecision"));
        f.Counts("dsa.15_1_c.own_initiative_by_ground", "Own-initiative restrictions, by ground (law or terms)",
            FigureList.Tally(own.Select(d => d.Ground == "illegal" ? "law" : "terms"), ["law", "terms"]), Charts.None,
            FigureList.Source("decisions", OwnFilter, "count(*) group by d.Ground ('illegal' = law, 'incompatible' = terms)"));

        // (d) complaints.
        var complaints = data.Complaints.Where(c => data.InPeriod(c.ReceivedAt)).ToList();
        const string ComplaintsFilter = "c.ReceivedAt >= @start && c.ReceivedAt < @end";
        f.Counts("dsa.15_1_d.complaints_by_basis", "Complaints received, by the basis of the decision complained of",
            FigureList.Tally(complaints.Select(c => data.Decisions[c.DecisionId].Ground == "illegal" ? "law" : "terms"), ["law", "terms"]), Charts.None,
            FigureList.Source("complaints, decisions", ComplaintsFilter, "count(*) group by decision(c.DecisionId).Ground"));
        f.Counts("dsa.15_1_d.complaints_by_complainant", "Complaints received, by complainant",
            FigureList.Tally(complaints.Select(c => c.ComplainantRole)), Charts.None,
            FigureList.Source("complaints", ComplaintsFilter, "count(*) group by c.ComplainantRole"));
        f.Counts("dsa.15_1_d.complaints_by_outcome", "Complaints by outcome at the end of the period (upheld: decision kept; reversed: decision undone)",
            FigureList.Tally(complaints.Select(c => Outcome(data, c)), s_complaintOutcomes), Charts.Bar,
            FigureList.Source("complaints", ComplaintsFilter, "count(*) group by (c.DecidedAt < @end ? c.Outcome : 'pending')"));
        var decided = complaints.Where(c => data.Before(c.DecidedAt)).ToList();
        f.Seconds("dsa.15_1_d.median_time_to_decide", "Median time from receipt to decision of complaints",
            Median.Of(decided.Select(c => Seconds(c.ReceivedAt, c.DecidedAt!.Value))), null,
            FigureList.Source("complaints", ComplaintsFilter + " && c.DecidedAt < @end", "median(c.DecidedAt - c.ReceivedAt) in seconds"));
        f.Count("dsa.15_1_d.complaints_reversed", "Decisions reversed on complaint",
            decided.Count(c => c.Outcome == "reversed"),
            FigureList.Source("complaints", ComplaintsFilter + " && c.DecidedAt < @end && c.Outcome == 'reversed'", "count(*)"));

        // (e) automated means; Art. 24: monthly figures.
        var restrictions = decisions.Where(IsRestriction).ToList();
        f.Share("dsa.15_1_e.automated_detection_share", "Share of restrictions detected by automated means",
            restrictions.Count(d => d.AutomatedDetection), restrictions.Count,
            FigureList.Source("decisions", $"{DecidedInPeriod} && {RestrictionFilter}", "count(d.AutomatedDetection) / count(*)"));
        f.Count("dsa.15_1_e.fully_automated_decisions", "Restrictions decided without a person",
            restrictions.Count(d => d.AutomatedDecision == "fully"),
            FigureList.Source("decisions", $"{DecidedInPeriod} && {RestrictionFilter} && d.AutomatedDecision == 'fully'", "count(*)"));
        var automatedComplaints = decided.Where(c => data.Decisions[c.DecisionId].AutomatedDecision != "not_automated").ToList();
        f.Share("dsa.15_1_e.automated_decision_error_rate", "Error indicator: share of complaints about automated decisions that reversed them",
            automatedComplaints.Count(c => c.Outcome == "reversed"), automatedComplaints.Count,
            FigureList.Source("complaints, decisions", ComplaintsFilter + " && c.DecidedAt < @end && decision(c.DecisionId).AutomatedDecision != 'not_automated'",
                "count(c.Outcome == 'reversed') / count(*)"));
        var byMonth = decisions.Where(IsRemoval).GroupBy(d => Month(d.DecidedAt), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        f.Counts("dsa.monthly_removals", "Items removed or disabled, by month",
            Months(data.Period).Select(m => (m, byMonth.GetValueOrDefault(m))), Charts.Column,
            FigureList.Source("decisions", $"{DecidedInPeriod} && {RemovalFilter}", "count(*) group by month(d.DecidedAt) (UTC)"));
        return [.. f.Figures];
    }

    private static DateTime? FirstReply(RemovalOrder o) =>
        (o.FeedbackSentAt, o.AnnexIIISentAt) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };

    private static bool Late(RemovalOrder o) => o.OverdueAt is not null || (o.DeadlineAt is { } deadline && o.ExecutedAt > deadline);

    private static string Bucket(double seconds) => ActBuckets.First(b => seconds <= b.UpToMinutes * 60).Key;
}
