namespace Mizan.Server.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Works() => Assert.True(true);
}
