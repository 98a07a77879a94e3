using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mizan.Data;
using Mizan.Data.Entities;
using Mizan.Data.Keys;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features.Legal.Reports;

/// <summary>
/// A year (2025) of activity on one store, with some just before and just after it: automatic and human decisions
/// on items in Arabic, English, French, German and no stated language; notices from users and a trusted flagger;
/// complaints upheld, reversed and pending; removal orders from Germany and France executed in time, late, not
/// executed under Art. 3(7) and 3(8), reinstated after scrutiny; referrals; data requests; preservation holds.
/// Moderation goes through the API; orders, referrals, data requests and holds are rows written directly (their
/// services are not part of this slice). Every fact is also kept in the ledger below, which the tests count.
/// All texts are neutral stand-ins (test data).
/// </summary>
public sealed class SeededYear : IAsyncLifetime
{
    public static readonly DateTime Start = Utc(2025, 1, 1);
    public static readonly DateTime End = Utc(2026, 1, 1);

    private int _seq;

    public YearFactory App { get; } = new();

    public List<SeededDecision> Decisions { get; } = [];

    public List<SeededNotice> Notices { get; } = [];

    public List<SeededComplaint> Complaints { get; } = [];

    public List<RemovalOrder> Orders { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<DataRequest> DataRequests { get; } = [];

    private HttpClient Integration => App.ClientFor(Roles.Integration);

    public static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    public static bool InYear(DateTime at) => at >= Start && at < End;

    public async ValueTask InitializeAsync()
    {
        var clock = App.Clock;
        clock.Set(Utc(2024, 11, 1));
        var admin = App.ClientFor(Roles.Admin);

        // Banks: one verified for automatic action, one whose matches go to a person, one of URLs and texts.
        byte[] autoImage = TestImages.Jpeg(256, 256, 31);
        byte[] reviewImage = TestImages.Jpeg(256, 256, 32);
        await (await admin.PostJsonAsync("/v1/banks", new { name = "year-auto", description = "test data", autoAction = true })).JsonAsync();
        await (await admin.PostJsonAsync("/v1/banks", new { name = "year-review", description = "test data" })).JsonAsync();
        await (await admin.PostJsonAsync("/v1/banks", new { name = "year-links", description = "test data" })).JsonAsync();
        (await admin.PostFileAsync("/v1/banks/year-auto/entries", autoImage, "image/jpeg", new Dictionary<string, string> { ["id"] = "auto-1", ["labels"] = "test-data" })).EnsureSuccessStatusCode();
        (await admin.PostFileAsync("/v1/banks/year-review/entries", reviewImage, "image/jpeg", new Dictionary<string, string> { ["id"] = "review-1", ["labels"] = "test-data" })).EnsureSuccessStatusCode();
        await App.SetPolicyAsync(new
        {
            @default = new { action = "case", priority = 3 },
            banks = new Dictionary<string, object> { ["year-auto"] = new { verified = true, signals = new { pdq = new { action = "auto", priority = 1 } } } },
        });
        clock.Set(Utc(2025, 2, 1));
        await (await admin.PostJsonAsync("/v1/banks/year-links/entries", new { id = "text-1", text = TestTexts.Read("news-ar-1.txt"), labels = new[] { "test-data" } })).JsonAsync();
        clock.Set(Utc(2025, 5, 1));
        await (await admin.PostJsonAsync("/v1/banks/year-links/entries", new { id = "url-1", url = "https://outlet.example/", scope = "domain" })).JsonAsync();
        clock.Set(Utc(2025, 6, 1));
        (await admin.PostJsonAsync("/v1/banks/year-links/entries/text-1/retract", new { reason = "test data" })).EnsureSuccessStatusCode();
        clock.Set(Utc(2026, 1, 2));
        await (await admin.PostJsonAsync("/v1/banks/year-links/entries", new { id = "url-2", url = "https://other.example/", scope = "domain" })).JsonAsync();

        var flaggerOrg = await (await admin.PostJsonAsync("/v1/organisations", new { name = "Year flagger (test data)", kind = "trusted_flagger" })).JsonAsync();
        var flagger = App.ClientNamed(Roles.Integration, "year-flagger", flaggerOrg.GetProperty("id").GetInt32());
        var germany = (await (await admin.PostJsonAsync("/v1/organisations", new { name = "German authority (test data)", kind = "authority", memberState = "DE" })).JsonAsync()).GetProperty("id").GetInt32();
        var france = (await (await admin.PostJsonAsync("/v1/organisations", new { name = "French authority (test data)", kind = "authority", memberState = "FR" })).JsonAsync()).GetProperty("id").GetInt32();

        // Just before the year.
        var x0 = await AutoRemovalAsync(autoImage, Utc(2024, 12, 20, 10, 0), "ar");
        await ComplaintAsync(x0, Utc(2024, 12, 22), Utc(2024, 12, 23), "upheld");
        var tx = await TextItemAsync(Utc(2024, 12, 31, 23, 0), "en");
        await NoticeAsync(Integration, tx, Utc(2024, 12, 31, 23, 59, 59), "user");

        // Own-initiative: automatic removals and reviewed matches.
        var a1 = await AutoRemovalAsync(autoImage, Utc(2025, 1, 1), "ar");
        var a2 = await AutoRemovalAsync(autoImage, Utc(2025, 3, 3, 9, 0), "ar");
        var a3 = await AutoRemovalAsync(autoImage, Utc(2025, 3, 20, 9, 0), "en");
        var a4 = await AutoRemovalAsync(autoImage, Utc(2025, 7, 10, 12, 0), "fr");
        var b1 = await ReviewedMatchAsync(reviewImage, Utc(2025, 4, 1, 8, 0), Utc(2025, 4, 1, 9, 0), "ar", Removal("illegal"));
        await ReviewedMatchAsync(reviewImage, Utc(2025, 5, 2, 8, 0), Utc(2025, 5, 2, 9, 0), "de", Keep);
        await ReviewedMatchAsync(reviewImage, Utc(2025, 7, 7, 8, 0), Utc(2025, 7, 7, 10, 0), "en", Restriction);

        // Notices.
        var t1 = await NoticeDecidedAsync(Integration, "user", Utc(2025, 8, 1, 8, 0), Utc(2025, 8, 1, 9, 0), Utc(2025, 8, 1, 13, 0), "ar", Removal("illegal"));
        await NoticeDecidedAsync(flagger, "trusted_flagger", Utc(2025, 9, 1, 8, 0), Utc(2025, 9, 1, 9, 0), Utc(2025, 9, 1, 9, 30), "en", Removal("incompatible"));
        await NoticeDecidedAsync(Integration, "user", Utc(2025, 9, 15, 8, 0), Utc(2025, 9, 15, 9, 0), Utc(2025, 9, 15, 11, 0), "fr", Keep);
        var t4 = await TextItemAsync(Utc(2025, 10, 1, 8, 0), null);
        await NoticeAsync(flagger, t4, Utc(2025, 10, 1, 9, 0), "trusted_flagger");

        // Complaints: two reversed, two upheld (one after 1.5 days), one still open when the year ends.
        await ComplaintAsync(a1, Utc(2025, 1, 10), Utc(2025, 1, 12), "reversed");
        await ComplaintAsync(a3, Utc(2025, 3, 25), Utc(2025, 3, 26, 12, 0), "upheld");
        await ComplaintAsync(b1, Utc(2025, 4, 5), Utc(2025, 4, 6), "reversed");
        await ComplaintAsync(t1, Utc(2025, 8, 5), Utc(2025, 8, 8), "upheld");
        await ComplaintAsync(a4, Utc(2025, 12, 30, 12, 0), Utc(2026, 1, 5), "upheld");

        // Removal orders, written as rows with their items' decisions.
        await OrderAsync(germany, "DE", "Federal police (test data)", "law_enforcement", Utc(2024, 12, 31, 23, 59, 59), ["incitement"], "fr", o =>
        {
            o.ExecutedAt = Utc(2025, 1, 1, 0, 20);
            o.FeedbackSentAt = Utc(2025, 1, 1, 0, 25);
        });
        await OrderAsync(germany, "DE", "Federal police (test data)", "law_enforcement", Utc(2025, 2, 10, 10, 0), ["incitement"], "ar", o =>
        {
            o.ExecutedAt = Utc(2025, 2, 10, 10, 20);
            o.FeedbackSentAt = Utc(2025, 2, 10, 10, 25);
        });
        await OrderAsync(germany, "DE", "Local court (test data)", "judicial", Utc(2025, 4, 1, 9, 0), ["threat", "incitement"], "en", o =>
        {
            o.OverdueAt = Utc(2025, 4, 1, 10, 0);
            o.OverdueCause = "The on-call officer did not respond (test data).";
            o.ExecutedAt = Utc(2025, 4, 1, 11, 30);
            o.FeedbackSentAt = Utc(2025, 4, 1, 11, 40);
        });
        await OrderAsync(france, "FR", "Police unit (test data)", "law_enforcement", Utc(2025, 6, 1, 12, 0), ["instruction"], null, o =>
        {
            o.ImpossibilityReason = "force_majeure";
            o.AnnexIIISentAt = o.ClockPausedAt = Utc(2025, 6, 1, 12, 10);
        });
        await OrderAsync(france, "FR", "Police unit (test data)", "law_enforcement", Utc(2025, 7, 1, 8, 0), ["incitement"], null, o =>
        {
            o.ImpossibilityReason = "manifest_error";
            o.AnnexIIISentAt = o.ClockPausedAt = Utc(2025, 7, 1, 8, 5);
        });
        await OrderAsync(france, "FR", "Police unit (test data)", "law_enforcement", Utc(2025, 8, 1, 8, 0), ["incitement"], "ar", o =>
        {
            o.ExecutedAt = Utc(2025, 8, 1, 8, 40);
            o.FeedbackSentAt = Utc(2025, 8, 1, 8, 45);
            o.ScrutinyRequestedBy = "content_provider";
            o.ScrutinyRequestedAt = Utc(2025, 8, 2, 10, 0);
            o.ScrutinyDecidedAt = Utc(2025, 8, 4, 10, 0);
            o.InfringementFound = true;
            o.ReinstatedAt = Utc(2025, 8, 4, 10, 5);
            o.ReinstatementBasis = "scrutiny";
        });
        await OrderAsync(france, "FR", "Police unit (test data)", "law_enforcement", Utc(2025, 9, 9, 10, 0), ["instruction"], "fr", o =>
        {
            o.ImpossibilityReason = "de_facto_impossibility";
            o.AnnexIIISentAt = o.ClockPausedAt = Utc(2025, 9, 9, 10, 5);
            o.GroundsCeasedAt = o.ClockRestartedAt = Utc(2025, 9, 9, 12, 0);
            o.DeadlineAt = Utc(2025, 9, 9, 13, 0);
            o.ExecutedAt = Utc(2025, 9, 9, 12, 30);
            o.FeedbackSentAt = Utc(2025, 9, 9, 12, 35);
        });
        await OrderAsync(germany, "DE", "Federal police (test data)", "law_enforcement", Utc(2025, 11, 3, 7, 0), ["soliciting_participation"], "de", o =>
        {
            o.ExecutedAt = Utc(2025, 11, 3, 7, 30);
            o.FeedbackSentAt = Utc(2025, 11, 3, 7, 35);
            o.ScrutinyRequestedBy = "hosting_provider";
            o.ScrutinyRequestedAt = Utc(2025, 12, 30, 9, 0);
            o.ScrutinyDecidedAt = Utc(2026, 1, 2, 9, 0);
            o.InfringementFound = false;
        });
        await OrderAsync(germany, "DE", "Federal police (test data)", "law_enforcement", Utc(2026, 1, 1), ["incitement"], "en", o =>
        {
            o.ExecutedAt = Utc(2026, 1, 1, 0, 15);
            o.FeedbackSentAt = Utc(2026, 1, 1, 0, 20);
        });

        // Referrals and data requests.
        AddReferral(france, "EU internet referral unit (test data)", "eu_iru", null, Utc(2025, 3, 5), "actioned_under_terms", Utc(2025, 3, 6));
        AddReferral(germany, "National referral unit (test data)", "national_iru", "DE", Utc(2025, 5, 5), "no_violation", Utc(2025, 5, 7));
        AddReferral(france, "National referral unit FR (test data)", "national_iru", "FR", Utc(2025, 12, 20), null, null);
        AddReferral(germany, "National referral unit (test data)", "national_iru", "DE", Utc(2026, 2, 1), "no_violation", Utc(2026, 2, 2));
        AddDataRequest(germany, "US", "Federal agency (test data)", "subpoena", Utc(2024, 10, 10), "approved", Utc(2024, 10, 12), Utc(2024, 10, 13));
        AddDataRequest(germany, "US", "Federal agency (test data)", "subpoena", Utc(2025, 2, 2), "approved", Utc(2025, 2, 5), Utc(2025, 2, 6));
        AddDataRequest(germany, "DE", "State police (test data)", "european_production_order", Utc(2025, 6, 6), "rejected", Utc(2025, 6, 8), null);
        AddDataRequest(germany, "US", "Federal agency (test data)", "warrant", Utc(2025, 11, 11), "approved", Utc(2025, 11, 20), null);
        AddDataRequest(germany, "US", "City police (test data)", "emergency_2702", Utc(2025, 12, 31), null, null, null);
        await SaveRowsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
    }

    // ---- moderation through the API ----

    private static readonly object Keep = new { action = "keep", explanation = "News report about the event (test data).", exemptionConsidered = "news_reporting" };

    private static readonly object Restriction = new
    {
        action = "restrict", countries = new[] { "DE", "FR" }, ground = "illegal", groundReference = "Regulation (EU) 2021/784 Art. 2(7)(a)",
        explanation = "Restricted where it is unlawful (test data).", exemptionConsidered = "none", purposeAssessment = "No reporting purpose (test data).",
    };

    private static object Removal(string ground) => new
    {
        action = "remove", ground, groundReference = ground == "illegal" ? "Regulation (EU) 2021/784 Art. 2(7)(a)" : "Terms of service: violent extremism",
        explanation = "Removed (test data).", exemptionConsidered = "none", purposeAssessment = "No reporting purpose (test data).",
    };

    private string Next(string prefix) => $"{prefix}-{Interlocked.Increment(ref _seq)}";

    private async Task<SeededDecision> AutoRemovalAsync(byte[] image, DateTime at, string language)
    {
        App.Clock.Set(at);
        string id = Next("auto");
        var item = await (await Integration.PostFileAsync("/v1/items", image, "image/jpeg", ImageFields(id, language, at))).JsonAsync();
        Assert.Equal("removed", item.GetProperty("state").GetString());
        var d = new SeededDecision(item.GetProperty("decisionId").GetInt64(), item.GetProperty("id").GetInt64(), "acct-" + id, at, "remove", "voluntary",
            true, "fully", "incompatible", language.ToUpperInvariant(), false, null, true);
        Decisions.Add(d);
        return d;
    }

    private async Task<SeededDecision> ReviewedMatchAsync(byte[] image, DateTime submitted, DateTime decided, string language, object decision)
    {
        App.Clock.Set(submitted);
        string id = Next("match");
        var item = await (await Integration.PostFileAsync("/v1/items", image, "image/jpeg", ImageFields(id, language, submitted))).JsonAsync();
        var d = await DecideAsync(item.GetProperty("caseId").GetInt64(), decided, decision, item.GetProperty("id").GetInt64(), "acct-" + id, language, null);
        return d;
    }

    private async Task<SeededDecision> NoticeDecidedAsync(
        HttpClient notifier, string type, DateTime submitted, DateTime noticed, DateTime decided, string language, object decision)
    {
        var (itemId, uploader) = await TextItemAsync(submitted, language);
        long caseId = await NoticeAsync(notifier, (itemId, uploader), noticed, type);
        var d = await DecideAsync(caseId, decided, decision, itemId, uploader, language, Notices[^1]);
        Notices[^1] = Notices[^1] with { DecidedAt = decided };
        return d;
    }

    private async Task<(long ItemId, string Uploader)> TextItemAsync(DateTime at, string? language)
    {
        App.Clock.Set(at);
        string id = Next("text");
        var item = await (await Integration.PostJsonAsync("/v1/items", new
        {
            id, type = "text", text = $"Test data: the city council met on Tuesday to discuss the tram line ({id}).", url = $"https://platform.example/p/{id}",
            language, postedAt = at.AddHours(-1), uploader = new { @ref = "acct-" + id, accountType = "private" }, visibility = "public",
        })).JsonAsync();
        return (item.GetProperty("id").GetInt64(), "acct-" + id);
    }

    private async Task<long> NoticeAsync(HttpClient notifier, (long ItemId, string Uploader) item, DateTime at, string expectedType)
    {
        App.Clock.Set(at);
        var notice = await (await notifier.PostJsonAsync("/v1/notices", new
        {
            explanation = "The post praises an attack (test data).", itemIds = new[] { item.ItemId },
            urls = new[] { "https://platform.example/p/" + item.Uploader["acct-".Length..] },
            notifier = new { name = "A. Reporter", email = "reporter@example.org", @ref = "user-55" }, goodFaith = true,
        })).JsonAsync();
        Assert.Equal(expectedType, notice.GetProperty("notifierType").GetString());
        Notices.Add(new SeededNotice(notice.GetProperty("id").GetInt64(), at, expectedType, null));
        return notice.GetProperty("caseIds")[0].GetInt64();
    }

    private async Task<SeededDecision> DecideAsync(long caseId, DateTime at, object decision, long itemId, string uploader, string? language, SeededNotice? notice)
    {
        App.Clock.Set(at);
        var moderator = App.ClientFor(Roles.Moderator);
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var made = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", decision)).JsonAsync();
        var d = new SeededDecision(
            made.GetProperty("id").GetInt64(), itemId, uploader, at, made.GetProperty("action").GetString()!, notice?.Type switch
            {
                null => "voluntary",
                "user" => "article_16",
                var t => t,
            },
            notice is null, "not_automated", made.TryGetProperty("ground", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : "none",
            language?.ToUpperInvariant() ?? "unknown", false, notice?.Id, notice is null);
        Assert.Equal(d.Source, made.GetProperty("sourceType").GetString());
        Assert.Equal(d.Detected, made.GetProperty("automatedDetection").GetBoolean());
        Decisions.Add(d);
        return d;
    }

    private async Task ComplaintAsync(SeededDecision decision, DateTime received, DateTime decided, string outcome)
    {
        App.Clock.Set(received);
        var complaint = await (await Integration.PostJsonAsync("/v1/complaints", new
        {
            decisionId = decision.Id, complainant = "content_provider", @ref = decision.Uploader, grounds = "The post reported the news (test data).",
        })).JsonAsync();
        App.Clock.Set(decided);
        await (await App.ClientFor(Roles.AppealsReviewer).PostJsonAsync($"/v1/complaints/{complaint.GetProperty("id").GetInt64()}/decision", new { outcome, reasons = "Test data." })).JsonAsync();
        Complaints.Add(new SeededComplaint(complaint.GetProperty("id").GetInt64(), decision, "content_provider", received, decided, outcome));
    }

    private static Dictionary<string, string> ImageFields(string id, string language, DateTime at) => new()
    {
        ["id"] = id, ["type"] = "image", ["language"] = language, ["url"] = $"https://platform.example/p/{id}", ["postedAt"] = at.AddHours(-1).ToString("O"),
        ["uploaderRef"] = "acct-" + id, ["accountType"] = "private", ["visibility"] = "public", ["caption"] = "test data caption",
    };

    // ---- rows written directly ----

    private readonly List<(RemovalOrder Order, Decision? Decision, PreservationHold? Hold)> _orderRows = [];

    private async Task OrderAsync(
        int organisationId, string memberState, string authority, string authorityType, DateTime received, string[] types, string? language, Action<RemovalOrder> configure)
    {
        var order = new RemovalOrder
        {
            OrganisationId = organisationId, State = "received", AuthorityReference = Next("order"), IssuingMemberState = memberState,
            IssuingAuthorityName = authority, IssuingAuthorityType = authorityType, Channel = "api", AuthenticationEvidence = "api key (test data)",
            RawDocumentSha256 = new string('0', 64), ReceivedAt = received, DeadlineAt = received.AddHours(1), Urls = [$"https://platform.example/o/{_seq}"],
            MaterialTypes = [.. types], Reasons = "Test data.", CreatedAt = received, UpdatedAt = received,
        };
        configure(order);
        order.State = order.ReinstatedAt is not null ? "reinstated" : order.ScrutinyRequestedAt is not null ? "under_scrutiny"
            : order.ExecutedAt is not null ? "feedback_sent" : order.ImpossibilityReason is "force_majeure" or "de_facto_impossibility" ? "impossible" : "needs_clarification";
        Decision? decision = null;
        PreservationHold? hold = null;
        if (order.ExecutedAt is { } executed)
        {
            var (itemId, uploader) = await TextItemAsync(received.AddMinutes(-30), language);
            order.ItemIds = [itemId];
            order.ActionTaken = "disabled_in_eu";
            order.ExecutedBy = "legal officer (test data)";
            decision = new Decision
            {
                ContentItemId = itemId, Action = "restrict", Countries = ["EU"], Ground = "illegal", GroundReference = "Regulation (EU) 2021/784 Art. 3",
                Explanation = "Removal order (test data).", ExemptionConsidered = "none", SourceType = "other_notification", AutomatedDetection = false,
                AutomatedDecision = "not_automated", DeciderName = "legal officer (test data)", DeciderRole = Roles.Legal, DecidedAt = executed,
            };
            hold = new PreservationHold
            {
                Basis = "tco_art6_order", ContentItemId = itemId, Status = "active", StartedAt = executed, ExpiresAt = executed.AddMonths(6),
                PreservedSha256 = new string('0', 64), CreatedBy = "legal officer (test data)", Purposes = ["review_and_complaints"],
            };
            Decisions.Add(new SeededDecision(0, itemId, uploader, executed, "restrict", "other_notification", false, "not_automated", "illegal",
                language?.ToUpperInvariant() ?? "unknown", true, null, false));
        }

        Orders.Add(order);
        _orderRows.Add((order, decision, hold));
    }

    private void AddReferral(int organisationId, string name, string type, string? memberState, DateTime received, string? outcome, DateTime? assessed) =>
        Referrals.Add(new Referral
        {
            OrganisationId = organisationId, ReferrerName = name, ReferrerType = type, MemberState = memberState, Channel = "api", ReceivedAt = received,
            Urls = ["https://platform.example/r/1"], Reasons = "Test data.", Status = outcome is null ? "received" : "answered", Outcome = outcome,
            AssessedAt = assessed, AssessedAgainst = outcome is null ? null : "Terms of service: violent extremism",
        });

    private void AddDataRequest(int organisationId, string jurisdiction, string agency, string process, DateTime received, string? review, DateTime? reviewed, DateTime? disclosed) =>
        DataRequests.Add(new DataRequest
        {
            OrganisationId = organisationId, Jurisdiction = jurisdiction, Agency = agency, ProcessType = process, ReceivedAt = received,
            DataCategories = ["basic_subscriber_information"], AccountRefs = ["acct-test"],
            Status = disclosed is not null ? "disclosed" : review is null ? "received" : review == "rejected" ? "rejected" : "approved",
            LegalReviewOutcome = review, LegalBasis = review is null ? null : "Test data.", ReviewedAt = reviewed, DisclosedAt = disclosed,
            ReviewedBy = review is null ? null : "legal officer (test data)",
        });

    private async Task SaveRowsAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        db.RemovalOrders.AddRange(Orders);
        db.Referrals.AddRange(Referrals);
        db.DataRequests.AddRange(DataRequests);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var (order, decision, hold) in _orderRows)
        {
            if (decision is not null)
            {
                decision.RemovalOrderId = order.Id;
                db.Decisions.Add(decision);
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                order.DecisionIds = [decision.Id];
                hold!.RemovalOrderId = order.Id;
                db.PreservationHolds.Add(hold);
            }
        }

        var subpoena = DataRequests[1];
        db.PreservationHolds.Add(new PreservationHold
        {
            Basis = "us_2703f", DataRequestId = subpoena.Id, Status = "active", StartedAt = subpoena.ReceivedAt, ExpiresAt = subpoena.ReceivedAt.AddDays(90),
            PreservedSha256 = new string('0', 64), CreatedBy = "legal officer (test data)", Purposes = ["investigation"],
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The app with a clock set by the seeding, and no webhook delivery (nothing listens).</summary>
    public sealed class YearFactory : MizanAppFactory
    {
        public YearFactory() => Settings["Webhooks:Enabled"] = "false";

        public SettableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }

        public HttpClient ClientNamed(string role, string name, int organisationId)
        {
            using var scope = Services.CreateScope();
            string key = scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .CreateAsync(name, role, organisationId, Mizan.Data.Audit.AuditActor.System("tests"), CancellationToken.None).GetAwaiter().GetResult().Key;
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        public async Task SetPolicyAsync(object policy) =>
            await (await ClientFor(Roles.Admin).SendAsync(
                new HttpRequestMessage(HttpMethod.Put, "/v1/policy") { Content = new StringContent(JsonSerializer.Serialize(policy), System.Text.Encoding.UTF8, "application/json") },
                TestContext.Current.CancellationToken)).JsonAsync();
    }
}

/// <summary>A decision as seeded: what the figures need to know about it.</summary>
public sealed record SeededDecision(
    long Id, long ItemId, string Uploader, DateTime At, string Action, string Source, bool Detected, string Automation, string Ground, string Language,
    bool FromOrder, long? NoticeId, bool MatchedHash)
{
    public bool IsRemoval => Action is "remove" or "restrict";

    public bool IsRestriction => Action is "remove" or "restrict" or "label";

    public bool IsSpecificMeasure => IsRemoval && Source == "voluntary" && Detected && !FromOrder;
}

/// <summary>A notice as seeded.</summary>
public sealed record SeededNotice(long Id, DateTime At, string Type, DateTime? DecidedAt);

/// <summary>A complaint as seeded.</summary>
public sealed record SeededComplaint(long Id, SeededDecision Decision, string Role, DateTime ReceivedAt, DateTime DecidedAt, string Outcome);
