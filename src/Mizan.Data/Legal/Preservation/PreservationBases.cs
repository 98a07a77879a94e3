namespace Mizan.Data.Legal.Preservation;

/// <summary>Why content is preserved (LEGAL.md, PreservationHold.Basis), and what each allows.</summary>
public static class PreservationBases
{
    public const string TcoOrder = "tco_art6_order";
    public const string TcoSpecificMeasure = "tco_art6_specific_measure";
    public const string Us2703f = "us_2703f";
    public const string Us2704Backup = "us_2704_backup";
    public const string CourtOrder = "court_order";
    public const string EEvidence = "e_evidence";
    public const string InternalLegalHold = "internal_legal_hold";

    /// <summary>Every basis.</summary>
    public static IReadOnlyList<string> All { get; } = [TcoOrder, TcoSpecificMeasure, Us2703f, Us2704Backup, CourtOrder, EEvidence, InternalLegalHold];

    /// <summary>The access purposes of TCO Art. 6(1): (a) review and complaints, (b) prevention, detection, investigation and prosecution.</summary>
    public static IReadOnlyList<string> TcoPurposes { get; } = ["review_and_complaints", "investigation"];

    /// <summary>Every access purpose: the TCO ones and, for court orders and legal holds, legal proceedings.</summary>
    public static IReadOnlyList<string> AllPurposes { get; } = ["review_and_complaints", "investigation", "legal_proceedings"];

    /// <summary>The purposes a hold of <paramref name="basis"/> gets unless others are stated.</summary>
    public static IReadOnlyList<string> DefaultPurposes(string basis) => basis switch
    {
        TcoOrder or TcoSpecificMeasure => TcoPurposes,
        CourtOrder or InternalLegalHold => ["legal_proceedings"],
        _ => ["investigation"],
    };
}
