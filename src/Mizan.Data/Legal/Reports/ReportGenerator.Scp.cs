namespace Mizan.Data.Legal.Reports;

/// <summary>Santa Clara Principles figures: state actors' requests, appeals of automated flags, languages.</summary>
public sealed partial class ReportGenerator
{
    private List<ReportFigure> Scp(ReportData data)
    {
        var f = new FigureList();

        // Government requests, reported apart from other notices: removal orders, referrals, data requests.
        var orders = data.Orders.Where(o => data.InPeriod(o.ReceivedAt)).ToList();
        const string OrdersFilter = "o.ReceivedAt >= @start && o.ReceivedAt < @end";
        f.Count("scp.gov.requests_total", "Requests from state actors: removal orders, referrals and data requests",
            orders.Count + data.Referrals.Count + data.DataRequests.Count,
            FigureList.Source("removal_orders, referrals, data_requests", "x.ReceivedAt >= @start && x.ReceivedAt < @end", "count(*) over the three tables"));
        f.Counts("scp.gov.removal_orders_by_country", "Removal orders, by country", FigureList.Tally(orders.Select(o => o.IssuingMemberState)), Charts.Bar,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by o.IssuingMemberState"));
        f.Counts("scp.gov.removal_orders_by_authority", "Removal orders, by issuing authority", FigureList.Tally(orders.Select(o => o.IssuingAuthorityName)), Charts.None,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by o.IssuingAuthorityName"));
        f.Counts("scp.gov.removal_orders_by_legal_basis", "Removal orders, by legal basis", FigureList.Tally(orders.Select(o => o.LegalBasis)), Charts.None,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by o.LegalBasis"));
        f.Counts("scp.gov.removal_orders_actioned", "Removal orders, actioned or not",
            FigureList.Tally(orders.Select(o => data.Before(o.ExecutedAt) ? "actioned" : "not actioned"), ["actioned", "not actioned"]), Charts.None,
            FigureList.Source("removal_orders", OrdersFilter, "count(*) group by (o.ExecutedAt < @end)"));

        const string ReferralsFilter = "r.ReceivedAt >= @start && r.ReceivedAt < @end";
        f.Counts("scp.gov.referrals_by_country", "Referrals, by country", FigureList.Tally(data.Referrals.Select(r => r.MemberState ?? "unknown")), Charts.Bar,
            FigureList.Source("referrals", ReferralsFilter, "count(*) group by r.MemberState ?? 'unknown'"));
        f.Counts("scp.gov.referrals_by_referrer", "Referrals, by referring authority", FigureList.Tally(data.Referrals.Select(r => r.ReferrerName)), Charts.None,
            FigureList.Source("referrals", ReferralsFilter, "count(*) group by r.ReferrerName"));
        f.Counts("scp.gov.referrals_by_outcome", "Referrals, by outcome of the assessment against the terms (actioned_under_terms = actioned)",
            FigureList.Tally(data.Referrals.Select(r => data.Before(r.AssessedAt) && r.Outcome is { } o ? o : "pending"), ["actioned_under_terms", "no_violation", "needs_info", "pending"]), Charts.None,
            FigureList.Source("referrals", ReferralsFilter, "count(*) group by (r.AssessedAt < @end ? r.Outcome : 'pending')"));

        const string RequestsFilter = "q.ReceivedAt >= @start && q.ReceivedAt < @end";
        f.Counts("scp.gov.data_requests_by_jurisdiction", "Data requests, by jurisdiction", FigureList.Tally(data.DataRequests.Select(q => q.Jurisdiction)), Charts.Bar,
            FigureList.Source("data_requests", RequestsFilter, "count(*) group by q.Jurisdiction"));
        f.Counts("scp.gov.data_requests_by_agency", "Data requests, by agency", FigureList.Tally(data.DataRequests.Select(q => q.Agency)), Charts.None,
            FigureList.Source("data_requests", RequestsFilter, "count(*) group by q.Agency"));
        f.Counts("scp.gov.data_requests_by_legal_process", "Data requests, by legal process (legal basis)", FigureList.Tally(data.DataRequests.Select(q => q.ProcessType)), Charts.None,
            FigureList.Source("data_requests", RequestsFilter, "count(*) group by q.ProcessType"));
        f.Counts("scp.gov.data_requests_by_outcome", "Data requests, by outcome (disclosed = actioned)",
            FigureList.Tally(data.DataRequests.Select(q => RequestOutcome(data, q)), ["disclosed", "approved, not yet disclosed", "rejected", "pending"]), Charts.None,
            FigureList.Source("data_requests", RequestsFilter,
                "count(*) group by: disclosed when q.DisclosedAt < @end; rejected when q.LegalReviewOutcome == 'rejected' && q.ReviewedAt < @end; approved when q.ReviewedAt < @end; else pending"));

        // Appeals of automated flags.
        var decided = data.Complaints.Where(c => data.InPeriod(c.ReceivedAt) && data.Before(c.DecidedAt)).ToList();
        var flagged = decided.Where(c => data.Decisions[c.DecisionId].AutomatedDetection).ToList();
        const string AppealsFilter = "c.ReceivedAt >= @start && c.ReceivedAt < @end && c.DecidedAt < @end";
        f.Count("scp.appeals.automated_flag_appeals", "Decided appeals of decisions that automated means detected", flagged.Count,
            FigureList.Source("complaints, decisions", AppealsFilter + " && decision(c.DecisionId).AutomatedDetection", "count(*)"));
        f.Share("scp.appeals.automated_flag_reversal_rate", "Share of those appeals that reversed the decision",
            flagged.Count(c => c.Outcome == "reversed"), flagged.Count,
            FigureList.Source("complaints, decisions", AppealsFilter + " && decision(c.DecisionId).AutomatedDetection", "count(c.Outcome == 'reversed') / count(*)"));
        f.Count("scp.appeals.own_initiative_reinstatements", "Own-initiative restrictions reinstated on appeal",
            data.Complaints.Count(c => c.Outcome == "reversed" && c.DecidedAt is { } at && data.InPeriod(at) && data.Decisions[c.DecisionId].SourceType == "voluntary"),
            FigureList.Source("complaints, decisions", "c.Outcome == 'reversed' && c.DecidedAt >= @start && c.DecidedAt < @end && decision(c.DecisionId).SourceType == 'voluntary'", "count(*)"));

        // Per language of the content.
        var restrictions = DecisionsInPeriod(data).Where(IsRestriction).ToList();
        var appeals = data.Complaints.Where(c => data.InPeriod(c.ReceivedAt)).ToList();
        f.Counts("scp.lang.decisions_by_language", "Restrictions, by language of the content",
            FigureList.Tally(restrictions.Select(d => Language(data, d))), Charts.Bar,
            FigureList.Source("decisions, content_items", $"{DecidedInPeriod} && {RestrictionFilter}", "count(*) group by item(d.ContentItemId).Language ?? 'unknown'"));
        f.Counts("scp.lang.appeals_by_language", "Appeals received, by language of the content",
            FigureList.Tally(appeals.Select(c => Language(data, data.Decisions[c.DecisionId]))), Charts.Bar,
            FigureList.Source("complaints, decisions, content_items", "c.ReceivedAt >= @start && c.ReceivedAt < @end",
                "count(*) group by item(decision(c.DecisionId).ContentItemId).Language ?? 'unknown'"));
        f.Counts("scp.lang.reversals_by_language", "Appeals that reversed the decision, by language of the content",
            FigureList.Tally(decided.Where(c => c.Outcome == "reversed").Select(c => Language(data, data.Decisions[c.DecisionId]))), Charts.Bar,
            FigureList.Source("complaints, decisions, content_items", AppealsFilter + " && c.Outcome == 'reversed'",
                "count(*) group by item(decision(c.DecisionId).ContentItemId).Language ?? 'unknown'"));
        f.Shares("scp.lang.reversal_rate_by_language", "Share of decided appeals that reversed the decision, by language of the content",
            decided.GroupBy(c => Language(data, data.Decisions[c.DecisionId]), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count(c => c.Outcome == "reversed"), g.Count())),
            FigureList.Source("complaints, decisions, content_items", AppealsFilter,
                "per item(decision(c.DecisionId).ContentItemId).Language: count(c.Outcome == 'reversed') / count(*)"));
        return [.. f.Figures];
    }

    private static string RequestOutcome(ReportData data, Entities.DataRequest q) =>
        data.Before(q.DisclosedAt) ? "disclosed"
        : !data.Before(q.ReviewedAt) ? "pending"
        : q.LegalReviewOutcome == "rejected" ? "rejected" : "approved, not yet disclosed";
}
