namespace Mizan.Data.Legal.Reports;

/// <summary>
/// Transparency report settings, bound from the <c>Reports</c> configuration section: the texts that describe the
/// service's own measures (TCO Art. 7(3)(a)-(b)), which only the service can write, and the longest period.
/// </summary>
public sealed class ReportOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Reports";

    /// <summary>TCO Art. 7(3)(a): measures to identify and remove or disable terrorist content.</summary>
    public string IdentificationMeasures { get; set; } =
        "Content is submitted to Mizan when it is uploaded and compared with banks of known terrorist content: images by PDQ "
        + "perceptual hash (including rotated and mirrored copies), files by SHA-256 and MD5, text by Arabic-aware fingerprints, "
        + "and links by canonical URL. A match opens a case for a trained reviewer or, where policy allows, leads to automatic "
        + "action. Users and trusted flaggers report content through notices; authorities send referrals and removal orders, "
        + "which are executed in every EU Member State within one hour of receipt. Every decision records its legal or "
        + "contractual ground, the exemptions considered (TCO Art. 1(3)) and whether automated means were used.";

    /// <summary>TCO Art. 7(3)(b): measures against the reappearance of removed material, in particular automated tools.</summary>
    public string ReappearanceMeasures { get; set; } =
        "Material that was removed is added to the hash, text and URL banks so that re-uploads, including re-encoded, cropped, "
        + "rotated or lightly edited copies, are detected automatically at upload. Bank entries behind a decision that is "
        + "reversed on complaint are flagged for review so that mistakes are not repeated. The automated figures below state "
        + "the banks in use, their entries at the end of the period, and the share of removals detected automatically.";

    /// <summary>The longest period one report may cover, in years.</summary>
    public int MaxPeriodYears { get; set; } = 5;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(IdentificationMeasures) || string.IsNullOrWhiteSpace(ReappearanceMeasures))
        {
            throw new InvalidOperationException("Reports:IdentificationMeasures and Reports:ReappearanceMeasures must not be empty (TCO Art. 7(3)(a)-(b)).");
        }

        if (MaxPeriodYears is < 1 or > 10)
        {
            throw new InvalidOperationException($"Reports:MaxPeriodYears must be 1-10; got {MaxPeriodYears}.");
        }
    }
}
