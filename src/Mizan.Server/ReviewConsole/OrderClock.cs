using System.Globalization;
using Mizan.Data.Legal;
using Mizan.Data.Legal.Orders;

namespace Mizan.Server.ReviewConsole;

/// <summary>
/// A removal order's one-hour clock as the console shows it at <paramref name="Now"/>: running (time left, or overdue
/// by how long), paused (a clarification or an impossibility was notified), or stopped (executed or later).
/// </summary>
public sealed record OrderClock(RemovalOrderView Order, DateTime Now)
{
    /// <summary>The clock runs: the order is not executed and nothing paused it.</summary>
    public bool Running => Order.DeadlineAt is not null && RemovalOrderStates.ClockRunning.Contains(Order.State, StringComparer.Ordinal);

    /// <summary>The clock is paused until the clarification arrives or the grounds cease.</summary>
    public bool Paused => Order.State is RemovalOrderStates.NeedsClarification or RemovalOrderStates.Impossible;

    /// <summary>
    /// Time left until the deadline (negative once it passed), between whole seconds: the same figure the countdown
    /// script computes from the two ISO times the page carries, whatever precision the store keeps (PostgreSQL keeps
    /// microseconds, the clock ticks in 100 ns).
    /// </summary>
    public TimeSpan Left => Running ? WholeSeconds(Order.DeadlineAt!.Value) - WholeSeconds(Now) : TimeSpan.Zero;

    private static DateTime WholeSeconds(DateTime at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, at.Kind);

    /// <summary>The deadline passed: flagged by the deadline watch, or already past on a running clock.</summary>
    public bool Overdue => Order.Overdue || (Running && Left < TimeSpan.Zero);

    /// <summary>A time in ISO 8601 UTC, as <c>&lt;time datetime&gt;</c> and the countdown script read it.</summary>
    public static string Iso(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A time a form gives without a zone (<c>datetime-local</c>), read as UTC; null when blank or not a time.</summary>
    public static DateTimeOffset? ParseUtc(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    /// <summary>A duration as <c>H:MM:SS</c> (its absolute value, whole seconds down), as the countdown script writes it.</summary>
    public static string Span(TimeSpan span)
    {
        long seconds = (long)Math.Floor(Math.Abs(span.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}

/// <summary>A table of removal orders on the orders page: its rows, the time they are shown at, the text keys of its caption and of its empty text, and its id.</summary>
public sealed record OrderTable(IReadOnlyList<RemovalOrderView> Orders, DateTime Now, string Caption, string Empty, string Id);
