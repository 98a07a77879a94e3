namespace Mizan.Server;

/// <summary>Input limits. Bound from the <c>Limits</c> configuration section and validated at start-up.</summary>
public sealed class LimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Limits";

    /// <summary>The largest request body accepted (default 32 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 32L << 20;

    /// <summary>The most pixels an image may declare before it is refused undecoded (default 100 MP).</summary>
    public long MaxImagePixels { get; set; } = 100_000_000;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxRequestBytes < 1024)
        {
            throw new InvalidOperationException($"Limits:MaxRequestBytes must be at least 1024; got {MaxRequestBytes}.");
        }

        if (MaxImagePixels < 25)
        {
            throw new InvalidOperationException($"Limits:MaxImagePixels must be at least 25; got {MaxImagePixels}.");
        }
    }
}
