namespace Mizan.Data.Legal;

/// <summary>
/// The authorities' channel settings, bound from the <c>Legal</c> configuration section and validated at start-up.
/// Figures LEGAL.md marks [R] are settings here rather than constants.
/// </summary>
public sealed class LegalOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Legal";

    /// <summary>Minutes a removal order allows from receipt (TCO Art. 3(3): one hour).</summary>
    public int RemovalDeadlineMinutes { get; set; } = 60;

    /// <summary>Minutes before a deadline at which the deadline watch raises an alarm, comma-separated.</summary>
    public string AlarmMinutesBefore { get; set; } = "30,10";

    /// <summary>Seconds between two passes of the deadline watch.</summary>
    public int DeadlineWatchSeconds { get; set; } = 5;

    /// <summary>
    /// Execute a valid order automatically when every URL resolves to a known item, for a legal officer to confirm
    /// later; otherwise execution is one action by a legal officer.
    /// </summary>
    public bool AutomaticExecution { get; set; }

    /// <summary>Months content is preserved after removal (TCO Art. 6(2): six).</summary>
    public int PreservationMonths { get; set; } = 6;

    /// <summary>Days a US preservation request holds data (18 U.S.C. 2703(f): 90, renewable by 90).</summary>
    public int UsPreservationDays { get; set; } = 90;

    /// <summary>Seconds between two passes of the preservation expiry (destroying expired copies).</summary>
    public int PreservationExpirySeconds { get; set; } = 60;

    /// <summary>Weeks of a non-disclosure period, and of its one extension (TCO Art. 11(3): six each).</summary>
    public int NonDisclosureWeeks { get; set; } = 6;

    /// <summary>Hours after receipt within which scrutiny may be requested (TCO Art. 4(4): 48).</summary>
    public int ScrutinyRequestHours { get; set; } = 48;

    /// <summary>Hours the authority has to decide on scrutiny (TCO Art. 4(3)-(4): 72).</summary>
    public int ScrutinyDecisionHours { get; set; } = 72;

    /// <summary>Largest raw document accepted (bytes).</summary>
    public long MaxDocumentBytes { get; set; } = 20L << 20;

    /// <summary>The alarm points in minutes before a deadline, largest first; throws when the setting is malformed.</summary>
    public IReadOnlyList<int> AlarmPoints()
    {
        var points = new List<int>();
        foreach (string part in (AlarmMinutesBefore ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int minutes)
                || minutes < 1 || minutes >= RemovalDeadlineMinutes || points.Contains(minutes))
            {
                throw new InvalidOperationException($"Legal:AlarmMinutesBefore must be distinct whole minutes between 1 and {RemovalDeadlineMinutes - 1}, comma-separated; got '{AlarmMinutesBefore}'.");
            }

            points.Add(minutes);
        }

        return points.OrderDescending().ToList();
    }

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (RemovalDeadlineMinutes is < 1 or > 60)
        {
            throw new InvalidOperationException($"Legal:RemovalDeadlineMinutes must be 1-60 (TCO Art. 3(3): one hour); got {RemovalDeadlineMinutes}.");
        }

        _ = AlarmPoints();

        if (DeadlineWatchSeconds is < 1 or > 60)
        {
            throw new InvalidOperationException($"Legal:DeadlineWatchSeconds must be 1-60; got {DeadlineWatchSeconds}.");
        }

        if (PreservationMonths is < 6 or > 120)
        {
            throw new InvalidOperationException($"Legal:PreservationMonths must be 6-120 (TCO Art. 6(2) requires at least six); got {PreservationMonths}.");
        }

        if (UsPreservationDays is < 90 or > 365)
        {
            throw new InvalidOperationException($"Legal:UsPreservationDays must be 90-365 (18 U.S.C. 2703(f)); got {UsPreservationDays}.");
        }

        if (PreservationExpirySeconds is < 1 or > 3600)
        {
            throw new InvalidOperationException($"Legal:PreservationExpirySeconds must be 1-3600; got {PreservationExpirySeconds}.");
        }

        if (NonDisclosureWeeks is < 1 or > 6)
        {
            throw new InvalidOperationException($"Legal:NonDisclosureWeeks must be 1-6 (TCO Art. 11(3)); got {NonDisclosureWeeks}.");
        }

        if (ScrutinyRequestHours is < 48 or > 720 || ScrutinyDecisionHours is < 1 or > 720)
        {
            throw new InvalidOperationException("Legal:ScrutinyRequestHours must be at least 48 (TCO Art. 4(4)) and Legal:ScrutinyDecisionHours 1-720.");
        }

        if (MaxDocumentBytes is < 1024 or > 1L << 30)
        {
            throw new InvalidOperationException($"Legal:MaxDocumentBytes must be 1 KiB-1 GiB; got {MaxDocumentBytes}.");
        }
    }
}
