namespace Mizan.Server.Tests.Webhooks;

/// <summary>Waits for a condition that background work makes true, failing with a message after a timeout.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what, double seconds = 30) =>
        TrueAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {seconds} s waiting for: {what}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
