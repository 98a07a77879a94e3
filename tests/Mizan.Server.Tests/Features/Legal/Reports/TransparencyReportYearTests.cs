using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Keys;
using static Mizan.Server.Tests.Features.Legal.Reports.SeededYear;

namespace Mizan.Server.Tests.Features.Legal.Reports;

/// <summary>
/// The 2025 report over <see cref="SeededYear"/>: every TCO Art. 7(3) item present, and every figure equal to a count
/// made here from what was seeded (the ledger), not by the report code. Nothing from December 2024 or January 2026
/// counts.
/// </summary>
public sealed class TransparencyReportYearTests(SeededYear year) : IClassFixture<SeededYear>
{
    /// <summary>TCO Art. 7(3)(a)-(g): the figures the Regulation requires, by id.</summary>
    private static readonly string[] s_tcoArticle7 =
    [
        "tco.7_3_a.identification_measures", "tco.7_3_b.reappearance_measures", "tco.7_3_b.banks_in_use", "tco.7_3_b.bank_entries",
        "tco.7_3_b.automated_detection_share", "tco.7_3_c.items_removed_orders", "tco.7_3_c.items_removed_specific_measures",
        "tco.7_3_c.orders_not_executed_3_7", "tco.7_3_c.orders_not_executed_3_8", "tco.7_3_d.complaints_total", "tco.7_3_d.complaints_decision_upheld",
        "tco.7_3_d.complaints_decision_reversed", "tco.7_3_e.review_proceedings", "tco.7_3_f.reinstatements_after_proceedings",
        "tco.7_3_g.reinstatements_after_complaints",
    ];

    [Fact]
    public async Task Report_SeededYear_EveryTcoItemPresentAndEveryFigureEqualsAnIndependentCount()
    {
        var report = await GenerateAsync(new { regime = "all", year = 2025 });
        var figures = Figures(report);
        var expected = await ExpectedAsync();

        foreach (string id in s_tcoArticle7)
        {
            Assert.True(figures.ContainsKey(id), "missing TCO Art. 7(3) figure " + id);
        }

        Assert.False(string.IsNullOrWhiteSpace(figures["tco.7_3_a.identification_measures"].GetProperty("text").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(figures["tco.7_3_b.reappearance_measures"].GetProperty("text").GetString()));
        var unchecked_ = figures.Keys.Where(k => figures[k].GetProperty("unit").GetString() != "text").Except(expected.Keys).ToList();
        Assert.True(unchecked_.Count == 0, "figures without an independent count: " + string.Join(", ", unchecked_));
        var failures = new List<string>();
        foreach (var (id, want) in expected)
        {
            if (!figures.TryGetValue(id, out var figure))
            {
                failures.Add($"{id}: missing");
                continue;
            }

            string got = Describe(figure);
            if (got != want.ToString())
            {
                failures.Add($"{id}: expected {want}, got {got}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // A few of them worked out by hand from the seeding, as a check on the counting above.
        Assert.Equal("6", Describe(figures["tco.7_3_c.items_removed_orders"]));
        Assert.Equal("1 [force_majeure=1, de_facto_impossibility=0]", Describe(figures["tco.7_3_c.orders_not_executed_3_7"]));
        Assert.Equal("1 [manifest_error=1, insufficient_information=0]", Describe(figures["tco.7_3_c.orders_not_executed_3_8"]));
        Assert.Equal("4", Describe(figures["tco.7_3_d.complaints_total"]));
        Assert.Equal("2400 [DE=1800, FR=5700]", Describe(figures["dsa.15_1_a.median_time_to_act"]));
        Assert.Equal("1500 [DE=2100, FR=450]", Describe(figures["dsa.15_1_a.median_time_to_acknowledge"]));
        Assert.Equal("151200", Describe(figures["dsa.15_1_d.median_time_to_decide"]));
        Assert.Equal("7200", Describe(figures["dsa.15_1_b.median_notice_handling_time"]));
        Assert.Equal("0.5", Describe(figures["dsa.15_1_b.trusted_flagger_share"]));
        Assert.Equal("0.666667", Describe(figures["scp.appeals.automated_flag_reversal_rate"]));
        Assert.Equal("1 [scrutiny=1]", Describe(figures["tco.7_3_f.reinstatements_after_proceedings"]));
    }

    [Fact]
    public async Task Html_SeededYear_RendersEveryFigureItsValueAndItsChartsWithTextAlternatives()
    {
        var report = await GenerateAsync(new { regime = "all", start = "2025-01-01", end = "2026-01-01" });
        long id = report.GetProperty("id").GetInt64();

        var response = await year.App.ClientFor(Roles.Auditor).GetPathAsync($"/v1/reports/{id}/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var figure in Figures(report).Values)
        {
            string figureId = figure.GetProperty("id").GetString()!;
            var value = figure.GetProperty("value");
            string raw = value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString("R", CultureInfo.InvariantCulture) : "";
            Assert.Contains($"id=\"{figureId}\" data-unit=\"{figure.GetProperty("unit").GetString()}\" data-value=\"{raw}\"", html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(figure.GetProperty("label").GetString()!), html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(figure.GetProperty("source").GetProperty("filter").GetString()!), html, StringComparison.Ordinal);
            if (figure.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(row.GetProperty("key").GetString()!)}</th>", html, StringComparison.Ordinal);
                }
            }
        }

        // Charts where they read better than tables, each titled and described.
        foreach (string chart in new[] { "dsa-15_1_a-orders_by_member_state", "dsa-monthly_removals", "dsa-15_1_a-time_to_act_distribution", "scp-lang-decisions_by_language" })
        {
            Assert.Contains($"aria-labelledby=\"chart-{chart}-t chart-{chart}-d\"", html, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"chart-{chart}-d\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<desc id=\"chart-dsa-15_1_a-orders_by_member_state-d\">Removal orders received, by issuing Member State: DE 3; FR 4.</desc>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MonthBeforeTheYear_CountsOnlyWhatHappenedInIt()
    {
        var report = await GenerateAsync(new { regime = "all", start = "2024-12-01", end = "2025-01-01" });
        var figures = Figures(report);

        // Only the December 2024 automatic removal, its complaint, the notice at 23:59:59 and the order received then.
        Assert.Equal("1", Describe(figures["tco.7_3_c.items_removed_specific_measures"]));
        Assert.Equal("0", Describe(figures["tco.7_3_c.items_removed_orders"]));
        Assert.Equal("1", Describe(figures["tco.7_3_d.complaints_total"]));
        Assert.Equal("1 [user=1]", Describe(figures["dsa.15_1_b.notices_by_type"]));
        Assert.Equal("1 [DE=1]", Describe(figures["dsa.15_1_a.orders_by_member_state"]));
        Assert.Equal("null []", Describe(figures["dsa.15_1_a.median_time_to_act"]));
        Assert.Equal("1 [2024-12=1]", Describe(figures["dsa.monthly_removals"]));
        Assert.Equal("1", Describe(figures["scp.gov.requests_total"]));
    }

    private async Task<JsonElement> GenerateAsync(object request)
    {
        var response = await year.App.ClientFor(Roles.Legal).PostJsonAsync("/v1/reports", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement report) =>
        report.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("figures").EnumerateArray())
            .ToDictionary(f => f.GetProperty("id").GetString()!, StringComparer.Ordinal);

    /// <summary>A figure as "value [key=value, ...]", numbers to 6 decimals, for comparison with <see cref="Want"/>.</summary>
    private static string Describe(JsonElement figure)
    {
        string value = Number(figure.GetProperty("value"));
        if (!figure.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            return value;
        }

        return value + " [" + string.Join(", ", rows.EnumerateArray().Select(r => r.GetProperty("key").GetString() + "=" + Number(r.GetProperty("value")))) + "]";
    }

    private static string Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? "null" : Format(value.GetDouble());

    private static string Format(double? value) => value is { } v ? Math.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture) : "null";

    /// <summary>What a figure should read: a value and, for breakdowns, its rows in order.</summary>
    private sealed record Want(double? Value, IReadOnlyList<(string Key, double? Value)>? Rows = null)
    {
        public override string ToString() =>
            Rows is null ? Format(Value) : Format(Value) + " [" + string.Join(", ", Rows.Select(r => r.Key + "=" + Format(r.Value))) + "]";

        /// <summary>Counts by key in ordinal order of the keys present; the value is their total.</summary>
        public static Want Tally(IEnumerable<string> keys)
        {
            var rows = keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double?)g.Count())).ToList();
            return new Want(rows.Sum(r => r.Item2), rows);
        }

        /// <summary>Counts for fixed keys in the given order, zeros included.</summary>
        public static Want Fixed(IEnumerable<string> values, params string[] keys)
        {
            var list = values.ToList();
            var rows = keys.Select(k => (k, (double?)list.Count(v => v == k))).ToList();
            return new Want(rows.Sum(r => r.Item2), rows);
        }

        public static Want Share(int part, int whole) => new(whole == 0 ? null : (double)part / whole);
    }

    private static double? MedianOf(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToList();
        if (v.Count == 0)
        {
            return null;
        }

        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }

    private static double Secs(DateTime from, DateTime to) => (to - from).TotalSeconds;

    private static bool Before(DateTime? at) => at is { } t && t < End;

    /// <summary>Every figure's expected reading, counted from the ledger (and, for bank entries, from the rows).</summary>
    private async Task<Dictionary<string, Want>> ExpectedAsync()
    {
        var w = new Dictionary<string, Want>(StringComparer.Ordinal);
        var decisions = year.Decisions.Where(d => InYear(d.At)).ToList();
        var removals = decisions.Where(d => d.IsRemoval).ToList();
        var restrictions = decisions.Where(d => d.IsRestriction).ToList();
        var orders = year.Orders.Where(o => InYear(o.ReceivedAt)).ToList();
        var complaints = year.Complaints.Where(c => InYear(c.ReceivedAt)).ToList();
        var decided = complaints.Where(c => c.DecidedAt < End).ToList();
        string Outcome(SeededComplaint c) => c.DecidedAt < End ? c.Outcome : "pending";

        // TCO (b): banks and entries straight from the rows, as they stood at the end of the year.
        using (var scope = year.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
            var entries = (await db.BankEntries.AsNoTracking().Include(e => e.Bank).ToListAsync(TestContext.Current.CancellationToken))
                .Where(e => e.AddedAt < End && !(e.Retracted && e.RetractedAt < End) && e.Bank!.Enabled).ToList();
            string Kind(string s) => s is "text" or "url" ? s : "hash";
            w["tco.7_3_b.banks_in_use"] = new Want(entries.Select(e => e.BankId).Distinct().Count(),
                new[] { "hash", "text", "url" }.Select(k => (k, (double?)entries.Where(e => Kind(e.SignalType) == k).Select(e => e.BankId).Distinct().Count())).ToList());
            w["tco.7_3_b.bank_entries"] = Want.Tally(entries.Select(e => e.SignalType));
            w["tco.art6.preservation_holds_started"] = Want.Tally((await db.PreservationHolds.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
                .Where(h => InYear(h.StartedAt)).Select(h => h.Basis));
        }

        var detected = removals.Where(d => d.Detected).ToList();
        w["tco.7_3_b.automated_detection_share"] = Want.Share(detected.Count, removals.Count);
        w["tco.7_3_b.automated_removals_by_signal"] = new Want(detected.Count, [("hash", detected.Count(d => d.MatchedHash)), ("text", 0), ("url", 0)]);
        w["tco.7_3_c.items_removed_orders"] = new Want(removals.Where(d => d.FromOrder).Select(d => d.ItemId).Distinct().Count());
        w["tco.7_3_c.items_removed_specific_measures"] = new Want(removals.Where(d => d.IsSpecificMeasure).Select(d => d.ItemId).Distinct().Count());
        var notExecuted = orders.Where(o => !Before(o.ExecutedAt)).ToList();
        w["tco.7_3_c.orders_not_executed_3_7"] = Want.Fixed(notExecuted.Select(o => o.ImpossibilityReason ?? ""), "force_majeure", "de_facto_impossibility");
        w["tco.7_3_c.orders_not_executed_3_8"] = Want.Fixed(notExecuted.Select(o => o.ImpossibilityReason ?? ""), "manifest_error", "insufficient_information");
        var art10 = complaints.Where(c => c.Decision.IsSpecificMeasure).ToList();
        w["tco.7_3_d.complaints_total"] = new Want(art10.Count);
        w["tco.7_3_d.complaints_decision_upheld"] = new Want(art10.Count(c => Outcome(c) == "upheld"));
        w["tco.7_3_d.complaints_decision_reversed"] = new Want(art10.Count(c => Outcome(c) == "reversed"));
        w["tco.7_3_d.complaints_pending"] = new Want(art10.Count(c => Outcome(c) == "pending"));
        var scrutiny = year.Orders.Where(o => o.ScrutinyRequestedAt is { } at && InYear(at)).ToList();
        w["tco.7_3_e.review_proceedings"] = Want.Fixed(
            scrutiny.Select(o => !Before(o.ScrutinyDecidedAt) ? "scrutiny: pending" : o.InfringementFound == true ? "scrutiny: infringement found" : "scrutiny: no infringement"),
            "scrutiny: infringement found", "scrutiny: no infringement", "scrutiny: pending", "court: order annulled");
        w["tco.7_3_e.scrutiny_by_requester"] = Want.Tally(scrutiny.Select(o => o.ScrutinyRequestedBy!));
        var reinstated = year.Orders.Where(o => o.ReinstatedAt is { } at && InYear(at)).ToList();
        w["tco.7_3_f.reinstatements_after_proceedings"] = Want.Tally(reinstated.Select(o => o.ReinstatementBasis!));
        w["tco.7_3_f.items_reinstated_after_proceedings"] = new Want(reinstated.Sum(o => o.ItemIds.Count));
        w["tco.7_3_g.reinstatements_after_complaints"] = new Want(year.Complaints.Count(c =>
            c.Outcome == "reversed" && InYear(c.DecidedAt) && c.Role == "content_provider" && c.Decision.IsSpecificMeasure));

        // DSA (a) orders.
        w["dsa.15_1_a.orders_by_member_state"] = Want.Tally(orders.Select(o => o.IssuingMemberState));
        w["dsa.15_1_a.orders_by_type"] = Want.Tally(orders.SelectMany(o => o.MaterialTypes)) with { Value = orders.Count };
        w["dsa.15_1_a.orders_by_member_state_and_authority_type"] = Want.Tally(orders.Select(o => o.IssuingMemberState + " / " + o.IssuingAuthorityType));
        var replied = orders.Select(o => (o, At: new[] { o.FeedbackSentAt, o.AnnexIIISentAt }.Where(t => t is not null).Min())).Where(x => Before(x.At)).ToList();
        w["dsa.15_1_a.median_time_to_acknowledge"] = new Want(MedianOf(replied.Select(x => Secs(x.o.ReceivedAt, x.At!.Value))),
            replied.GroupBy(x => x.o.IssuingMemberState).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, MedianOf(g.Select(x => Secs(x.o.ReceivedAt, x.At!.Value))))).ToList());
        var executed = orders.Where(o => Before(o.ExecutedAt)).ToList();
        w["dsa.15_1_a.median_time_to_act"] = new Want(MedianOf(executed.Select(o => Secs(o.ReceivedAt, o.ExecutedAt!.Value))),
            executed.GroupBy(o => o.IssuingMemberState).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, MedianOf(g.Select(o => Secs(o.ReceivedAt, o.ExecutedAt!.Value))))).ToList());
        string Bucket(double minutes) => minutes <= 15 ? "0-15 min" : minutes <= 30 ? "15-30 min" : minutes <= 45 ? "30-45 min" : minutes <= 60 ? "45-60 min"
            : minutes <= 120 ? "1-2 h" : minutes <= 1440 ? "2-24 h" : "over 24 h";
        w["dsa.15_1_a.time_to_act_distribution"] = Want.Fixed(executed.Select(o => Bucket(Secs(o.ReceivedAt, o.ExecutedAt!.Value) / 60)),
            "0-15 min", "15-30 min", "30-45 min", "45-60 min", "1-2 h", "2-24 h", "over 24 h");
        w["dsa.15_1_a.orders_by_timeliness"] = Want.Fixed(
            orders.Select(o => !Before(o.ExecutedAt) ? "not executed" : o.OverdueAt is not null || o.ExecutedAt > o.DeadlineAt ? "executed late" : "executed within the deadline"),
            "executed within the deadline", "executed late", "not executed");

        // DSA (b) notices.
        var notices = year.Notices.Where(n => InYear(n.At)).ToList();
        w["dsa.15_1_b.notices_by_type"] = Want.Tally(notices.Select(n => n.Type));
        w["dsa.15_1_b.trusted_flagger_share"] = Want.Share(notices.Count(n => n.Type == "trusted_flagger"), notices.Count);
        var noticeIds = notices.Select(n => n.Id).ToHashSet();
        w["dsa.15_1_b.notice_actions_by_basis"] = Want.Fixed(
            restrictions.Where(d => d.NoticeId is { } n && noticeIds.Contains(n)).Select(d => d.Ground == "illegal" ? "law" : "terms"), "law", "terms");
        w["dsa.15_1_b.notices_processed_automatically"] = new Want(decisions.Count(d => d.NoticeId is { } n && noticeIds.Contains(n) && d.Automation != "not_automated"));
        w["dsa.15_1_b.median_notice_handling_time"] = new Want(MedianOf(notices.Where(n => Before(n.DecidedAt)).Select(n => Secs(n.At, n.DecidedAt!.Value))));

        // DSA (c) own initiative.
        var own = restrictions.Where(d => d.Source == "voluntary").ToList();
        w["dsa.15_1_c.own_initiative_by_action"] = Want.Tally(own.Select(d => d.Action));
        w["dsa.15_1_c.own_initiative_by_automation"] = Want.Fixed(own.Select(d => d.Automation), "fully", "partially", "not_automated");
        w["dsa.15_1_c.own_initiative_by_ground"] = Want.Fixed(own.Select(d => d.Ground == "illegal" ? "law" : "terms"), "law", "terms");

        // DSA (d) complaints, (e) automation, monthly removals.
        w["dsa.15_1_d.complaints_by_basis"] = Want.Fixed(complaints.Select(c => c.Decision.Ground == "illegal" ? "law" : "terms"), "law", "terms");
        w["dsa.15_1_d.complaints_by_complainant"] = Want.Tally(complaints.Select(c => c.Role));
        w["dsa.15_1_d.complaints_by_outcome"] = Want.Fixed(complaints.Select(Outcome), "upheld", "reversed", "pending");
        w["dsa.15_1_d.median_time_to_decide"] = new Want(MedianOf(decided.Select(c => Secs(c.ReceivedAt, c.DecidedAt))));
        w["dsa.15_1_d.complaints_reversed"] = new Want(decided.Count(c => c.Outcome == "reversed"));
        w["dsa.15_1_e.automated_detection_share"] = Want.Share(restrictions.Count(d => d.Detected), restrictions.Count);
        w["dsa.15_1_e.fully_automated_decisions"] = new Want(restrictions.Count(d => d.Automation == "fully"));
        var onAutomated = decided.Where(c => c.Decision.Automation != "not_automated").ToList();
        w["dsa.15_1_e.automated_decision_error_rate"] = Want.Share(onAutomated.Count(c => c.Outcome == "reversed"), onAutomated.Count);
        w["dsa.monthly_removals"] = Want.Fixed(removals.Select(d => d.At.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            [.. Enumerable.Range(1, 12).Select(m => $"2025-{m:00}")]);

        // Santa Clara: state actors, appeals of automated flags, languages.
        var referrals = year.Referrals.Where(r => InYear(r.ReceivedAt)).ToList();
        var requests = year.DataRequests.Where(q => InYear(q.ReceivedAt)).ToList();
        w["scp.gov.requests_total"] = new Want(orders.Count + referrals.Count + requests.Count);
        w["scp.gov.removal_orders_by_country"] = Want.Tally(orders.Select(o => o.IssuingMemberState));
        w["scp.gov.removal_orders_by_authority"] = Want.Tally(orders.Select(o => o.IssuingAuthorityName));
        w["scp.gov.removal_orders_by_legal_basis"] = Want.Tally(orders.Select(o => o.LegalBasis));
        w["scp.gov.removal_orders_actioned"] = Want.Fixed(orders.Select(o => Before(o.ExecutedAt) ? "actioned" : "not actioned"), "actioned", "not actioned");
        w["scp.gov.referrals_by_country"] = Want.Tally(referrals.Select(r => r.MemberState ?? "unknown"));
        w["scp.gov.referrals_by_referrer"] = Want.Tally(referrals.Select(r => r.ReferrerName));
        w["scp.gov.referrals_by_outcome"] = Want.Fixed(referrals.Select(r => Before(r.AssessedAt) ? r.Outcome! : "pending"),
            "actioned_under_terms", "no_violation", "needs_info", "pending");
        w["scp.gov.data_requests_by_jurisdiction"] = Want.Tally(requests.Select(q => q.Jurisdiction));
        w["scp.gov.data_requests_by_agency"] = Want.Tally(requests.Select(q => q.Agency));
        w["scp.gov.data_requests_by_legal_process"] = Want.Tally(requests.Select(q => q.ProcessType));
        w["scp.gov.data_requests_by_outcome"] = Want.Fixed(
            requests.Select(q => Before(q.DisclosedAt) ? "disclosed" : !Before(q.ReviewedAt) ? "pending" : q.LegalReviewOutcome == "rejected" ? "rejected" : "approved, not yet disclosed"),
            "disclosed", "approved, not yet disclosed", "rejected", "pending");
        var flagged = decided.Where(c => c.Decision.Detected).ToList();
        w["scp.appeals.automated_flag_appeals"] = new Want(flagged.Count);
        w["scp.appeals.automated_flag_reversal_rate"] = Want.Share(flagged.Count(c => c.Outcome == "reversed"), flagged.Count);
        w["scp.appeals.own_initiative_reinstatements"] = new Want(year.Complaints.Count(c => c.Outcome == "reversed" && InYear(c.DecidedAt) && c.Decision.Source == "voluntary"));
        w["scp.lang.decisions_by_language"] = Want.Tally(restrictions.Select(d => d.Language));
        w["scp.lang.appeals_by_language"] = Want.Tally(complaints.Select(c => c.Decision.Language));
        w["scp.lang.reversals_by_language"] = Want.Tally(decided.Where(c => c.Outcome == "reversed").Select(c => c.Decision.Language));
        w["scp.lang.reversal_rate_by_language"] = new Want(
            decided.Count == 0 ? null : (double)decided.Count(c => c.Outcome == "reversed") / decided.Count,
            decided.GroupBy(c => c.Decision.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (double?)g.Count(c => c.Outcome == "reversed") / g.Count())).ToList());
        return w;
    }
}
