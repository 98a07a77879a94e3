namespace Mizan.Data.Entities;

/// <summary>A generated transparency report, kept as produced (figures with the queries behind them).</summary>
public sealed class TransparencyReport
{
    public long Id { get; set; }

    /// <summary>tco_art7, dsa or scp; "all" for the combined report.</summary>
    public required string Regime { get; set; }

    public DateTime PeriodStart { get; set; }

    public DateTime PeriodEnd { get; set; }

    public DateTime GeneratedAt { get; set; }

    public required string GeneratedBy { get; set; }

    /// <summary>The report as JSON.</summary>
    public required string Json { get; set; }

    /// <summary>SHA-256 of <see cref="Json"/>, also recorded in the audit chain.</summary>
    public required string Sha256 { get; set; }

    public DateTime? PublishedAt { get; set; }
}
