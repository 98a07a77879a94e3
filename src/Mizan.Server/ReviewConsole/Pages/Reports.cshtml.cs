using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.Reports;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// Transparency reports: generated for a chosen period and regime through the service of POST /v1/reports (stored
/// with its SHA-256 and audited), listed newest first, and one shown with its figures, charts and sources.
/// </summary>
[Authorize(Policy = ConsolePolicies.Reports)]
public sealed class ReportsModel(ReportService reports, ReportOptions options, TimeProvider clock) : ConsolePageModel
{
    private const int ListSize = 50;

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>The report shown, with its SHA-256.</summary>
    public StoredReport? Report { get; private set; }

    /// <summary>The generate form's default period, first and last day: the last full calendar year.</summary>
    public (string From, string To) DefaultPeriod
    {
        get
        {
            var year = ReportPeriod.Year(clock.GetUtcNow().Year - 1);
            return (ConsoleFormat.Day(year.Start), ConsoleFormat.Day(year.End.AddDays(-1)));
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            Reports = await reports.ListAsync(ListSize, ct).ConfigureAwait(false);
            return Page();
        }

        var report = await FindAsync(id, ct).ConfigureAwait(false);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    /// <summary>The stored JSON, byte for byte as generated (its SHA-256 is the one the page shows).</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        var report = Id is { } id ? await FindAsync(id, ct).ConfigureAwait(false) : null;
        return report is null
            ? NotFound()
            : File(System.Text.Encoding.UTF8.GetBytes(report.Json), "application/json", $"transparency-report-{Id}.json");
    }

    /// <summary>
    /// Generates a report as the API does, for the days <paramref name="from"/> to <paramref name="to"/> (both
    /// included: the API's [start, end) with end the day after <paramref name="to"/>); without dates, the last full
    /// calendar year.
    /// </summary>
    public Task<IActionResult> OnPostGenerateAsync(string? regime, string? from, string? to, CancellationToken ct)
    {
        long? made = null;
        return ActAsync(ConsolePolicies.Reports, async () =>
        {
            string? end = DateTime.TryParseExact(Blank(to), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
                ? ConsoleFormat.Day(last.AddDays(1))
                : Blank(to);
            var period = ReportPeriod.Parse(null, Blank(from), end, clock.GetUtcNow().UtcDateTime, options.MaxPeriodYears);
            var report = await reports.GenerateAsync(Blank(regime), period, Actor, ct).ConfigureAwait(false);
            made = report.Document.Id;
            return Texts["Transparency.Generated", report.Document.Id];
        }, () => made is { } id ? RedirectToPage(new { id }) : RedirectToPage(new { id = (long?)null }));
    }

    private async Task<StoredReport?> FindAsync(long id, CancellationToken ct)
    {
        try
        {
            return await reports.GetAsync(id, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return null;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
