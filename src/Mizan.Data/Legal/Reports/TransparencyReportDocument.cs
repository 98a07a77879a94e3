namespace Mizan.Data.Legal.Reports;

/// <summary>A transparency report as stored and served: its period, who generated it, and its figures by section.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Regime">tco, dsa, scp or all.</param>
/// <param name="PeriodStart">First instant of the period (UTC).</param>
/// <param name="PeriodEnd">First instant after the period (UTC).</param>
/// <param name="GeneratedAt">When it was generated.</param>
/// <param name="GeneratedBy">Who generated it.</param>
/// <param name="GeneratorVersion">The version of the report definitions.</param>
/// <param name="Sections">The figures.</param>
public sealed record TransparencyReportDocument(
    long Id, string Regime, DateTime PeriodStart, DateTime PeriodEnd, DateTime GeneratedAt, string GeneratedBy, string GeneratorVersion,
    IReadOnlyList<ReportSection> Sections);

/// <summary>A stored report in a listing.</summary>
public sealed record ReportSummary(
    long Id, string Regime, DateTime PeriodStart, DateTime PeriodEnd, DateTime GeneratedAt, string GeneratedBy, string Sha256, int Figures);

/// <summary>A stored report: the document's exact JSON (its SHA-256 is <see cref="Sha256"/>) and the parsed document.</summary>
public sealed record StoredReport(string Json, string Sha256, TransparencyReportDocument Document);
