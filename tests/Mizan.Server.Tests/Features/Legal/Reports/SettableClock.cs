namespace Mizan.Server.Tests.Features.Legal.Reports;

/// <summary>A clock a test sets to any instant, to lay out a year of activity.</summary>
public sealed class SettableClock : TimeProvider
{
    private DateTimeOffset _now = new(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
        {
            return _now;
        }
    }

    public void Set(DateTime utc)
    {
        lock (this)
        {
            _now = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        }
    }
}
