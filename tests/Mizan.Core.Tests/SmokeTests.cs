namespace Mizan.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Works() => Assert.True(true);
}
