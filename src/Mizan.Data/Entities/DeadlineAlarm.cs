namespace Mizan.Data.Entities;

/// <summary>
/// An alarm raised for a removal order's deadline: once per (order, deadline, point), whatever the number of nodes.
/// <see cref="MinutesBefore"/> 0 marks the deadline passing (overdue).
/// </summary>
public sealed class DeadlineAlarm
{
    public long Id { get; set; }

    public long RemovalOrderId { get; set; }

    public DateTime DeadlineAt { get; set; }

    public int MinutesBefore { get; set; }

    public DateTime RaisedAt { get; set; }

    /// <summary>The node that raised it (machine name and process id), for the record.</summary>
    public required string RaisedBy { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }
}
