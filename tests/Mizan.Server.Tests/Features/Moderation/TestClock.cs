namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>A clock a test can move forward (complaint windows, secrecy periods).</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (this)
        {
            _now += by;
        }
    }
}
