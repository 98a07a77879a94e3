using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;

namespace Mizan.Data.Legal.Reports;

/// <summary>
/// Generates transparency reports and keeps them as produced: the document's JSON, its SHA-256, and an audit event
/// "report.generated" with every figure's id, value and query version (LEGAL.md, audit item 13).
/// </summary>
public sealed class ReportService(MizanDbContext db, ReportGenerator generator, ReportOptions options, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>How documents are written: camelCase, nulls kept (a null median is a figure), letters readable.</summary>
    public static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>Generates and stores the <paramref name="regime"/> report for <paramref name="period"/>.</summary>
    public async Task<StoredReport> GenerateAsync(string? regime, ReportPeriod period, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        string r = regime ?? ReportRegimes.All;
        if (!ReportRegimes.Known.Contains(r, StringComparer.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"regime\" must be one of {string.Join(", ", ReportRegimes.Known)}.");
        }

        if (period.End > period.Start.AddYears(options.MaxPeriodYears))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A report covers at most {options.MaxPeriodYears} years.");
        }

        var sections = await generator.GenerateAsync(r, period, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = new TransparencyReport
        {
            Regime = r,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            GeneratedAt = now,
            GeneratedBy = actor.Name,
            Json = "",
            Sha256 = "",
        };
        db.TransparencyReports.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var document = new TransparencyReportDocument(row.Id, r, period.Start, period.End, now, actor.Name, ReportGenerator.Version, sections);
        row.Json = JsonSerializer.Serialize(document, DocumentJson);
        row.Sha256 = Sha256(row.Json);
        var figures = sections.SelectMany(s => s.Figures)
            .Select(f => new { f.Id, f.Value, rows = f.Rows?.Count, f.Source.Version })
            .ToList();
        await changes.RecordAsync(
            actor, "report.generated", "transparency_report", row.Id.ToString(CultureInfo.InvariantCulture), null,
            new { regime = r, periodStart = period.Start, periodEnd = period.End, row.Sha256, generatorVersion = ReportGenerator.Version, figures },
            null, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredReport(row.Json, row.Sha256, document);
    }

    /// <summary>Stored reports, newest first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await db.TransparencyReports.AsNoTracking().OrderByDescending(t => t.Id).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(t => new ReportSummary(
            t.Id, t.Regime, t.PeriodStart, t.PeriodEnd, t.GeneratedAt, t.GeneratedBy, t.Sha256,
            Parse(t.Json).Sections.Sum(s => s.Figures.Count))).ToList();
    }

    /// <summary>A stored report, exactly as generated.</summary>
    public async Task<StoredReport> GetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.TransparencyReports.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no report {id}.");
        return new StoredReport(row.Json, row.Sha256, Parse(row.Json));
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static TransparencyReportDocument Parse(string json) =>
        JsonSerializer.Deserialize<TransparencyReportDocument>(json, DocumentJson)
            ?? throw new InvalidOperationException("A stored report is not a report document.");
}
