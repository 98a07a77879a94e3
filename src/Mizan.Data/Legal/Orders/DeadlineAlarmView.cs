using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Orders;

/// <summary>An alarm as the console shows it: <see cref="MinutesBefore"/> 0 is the deadline passing.</summary>
public sealed record DeadlineAlarmView(
    long Id, long RemovalOrderId, string AuthorityReference, string OrderState, DateTime DeadlineAt, int MinutesBefore, bool Overdue,
    DateTime RaisedAt, string RaisedBy)
{
    public static DeadlineAlarmView From(DeadlineAlarm alarm, RemovalOrder order)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        ArgumentNullException.ThrowIfNull(order);
        return new DeadlineAlarmView(
            alarm.Id, alarm.RemovalOrderId, order.AuthorityReference, order.State, Utc(alarm.DeadlineAt), alarm.MinutesBefore,
            alarm.MinutesBefore == 0, Utc(alarm.RaisedAt), alarm.RaisedBy);
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
