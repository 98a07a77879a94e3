namespace Mizan.Data.Legal.Reports;

/// <summary>Which figures a report holds: TCO Art. 7, DSA Arts 15/24, the Santa Clara Principles, or all three.</summary>
public static class ReportRegimes
{
    public const string Tco = "tco";
    public const string Dsa = "dsa";
    public const string Scp = "scp";
    public const string All = "all";

    /// <summary>Every regime a report can be generated for.</summary>
    public static IReadOnlyList<string> Known { get; } = [Tco, Dsa, Scp, All];

    /// <summary>Whether a report of <paramref name="regime"/> holds the section <paramref name="section"/>.</summary>
    public static bool Includes(string regime, string section) =>
        string.Equals(regime, All, StringComparison.Ordinal) || string.Equals(regime, section, StringComparison.Ordinal);
}
