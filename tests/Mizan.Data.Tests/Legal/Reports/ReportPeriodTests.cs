using Mizan.Core;
using Mizan.Data.Legal.Reports;

namespace Mizan.Data.Tests.Legal.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateTime s_now = new(2026, 11, 28, 5, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Parse_Nothing_IsTheLastFullCalendarYear()
    {
        var period = ReportPeriod.Parse(null, null, null, s_now, 5);

        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), period.Start);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), period.End);
    }

    [Fact]
    public void Parse_DatesAndUtcTimes_AreUtcBounds()
    {
        var period = ReportPeriod.Parse(null, "2025-03-01", "2025-04-01T12:30:00Z", s_now, 5);

        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), period.Start);
        Assert.Equal(new DateTime(2025, 4, 1, 12, 30, 0, DateTimeKind.Utc), period.End);
        Assert.Equal(DateTimeKind.Utc, period.End.Kind);
    }

    [Fact]
    public void Parse_ExactlyTheLongestPeriod_IsAccepted() =>
        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), ReportPeriod.Parse(null, "2020-01-01", "2025-01-01", s_now, 5).End);

    [Theory]
    [InlineData("2025-02-01", "2025-01-01")]
    [InlineData("2020-01-01", "2025-01-01T00:00:01Z")]
    [InlineData("01/02/2025", "2025-03-01")]
    [InlineData("2025-01-01", "2025-02-30")]
    [InlineData("1999-12-31", "2000-02-01")]
    public void Parse_BadPeriod_IsInvalidRequest(string start, string end)
    {
        var ex = Assert.Throws<MizanException>(() => ReportPeriod.Parse(null, start, end, s_now, 5));

        Assert.Equal(ErrorCodes.InvalidRequest, ex.ErrorCode);
    }
}
