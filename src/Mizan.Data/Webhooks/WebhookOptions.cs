namespace Mizan.Data.Webhooks;

/// <summary>Webhook delivery settings. Bound from the <c>Webhooks</c> configuration section, validated at start-up.</summary>
public sealed class WebhookOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Webhooks";

    /// <summary>Attempts before a delivery is marked failed (default 10: about 1.5 hours of retries at the defaults).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry's delay; each further retry doubles it (default 5 s).</summary>
    public double BaseDelaySeconds { get; set; } = 5;

    /// <summary>The longest delay between two attempts (default 1 hour).</summary>
    public double MaxDelaySeconds { get; set; } = 3600;

    /// <summary>How long one HTTP attempt may take, connection included (default 10 s).</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How long a claimed delivery stays with the node that claimed it; if that node dies, another takes the row
    /// over after this (default 60 s; must be longer than <see cref="TimeoutSeconds"/>).
    /// </summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>How often an idle node looks for due deliveries (default 1 s).</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>Deliveries claimed and sent at once by one node (default 16).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Whether this node runs the delivery service (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxAttempts is < 1 or > 100)
        {
            throw new InvalidOperationException($"Webhooks:MaxAttempts must be 1-100; got {MaxAttempts}.");
        }

        if (BaseDelaySeconds is < 0.01 or > 86400 || MaxDelaySeconds < BaseDelaySeconds || MaxDelaySeconds > 7 * 86400)
        {
            throw new InvalidOperationException("Webhooks:BaseDelaySeconds must be 0.01-86400 and Webhooks:MaxDelaySeconds between it and 604800.");
        }

        if (TimeoutSeconds is < 0.1 or > 300)
        {
            throw new InvalidOperationException($"Webhooks:TimeoutSeconds must be 0.1-300; got {TimeoutSeconds}.");
        }

        if (LeaseSeconds <= TimeoutSeconds || LeaseSeconds > 3600)
        {
            throw new InvalidOperationException("Webhooks:LeaseSeconds must be longer than Webhooks:TimeoutSeconds and at most 3600.");
        }

        if (PollSeconds is < 0.01 or > 600 || BatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException("Webhooks:PollSeconds must be 0.01-600 and Webhooks:BatchSize 1-1000.");
        }
    }

    /// <summary>
    /// The delay before attempt <paramref name="attempt"/> + 1: exponential backoff with "equal jitter" (half the
    /// capped delay fixed, half random), as described in M. Brooker, "Exponential Backoff And Jitter", AWS
    /// Architecture Blog, 2015. The jitter spreads retries of many deliveries that failed together.
    /// </summary>
    public TimeSpan RetryDelay(int attempt, double random)
    {
        double capped = Math.Min(MaxDelaySeconds, BaseDelaySeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds((capped / 2) + (capped / 2 * Math.Clamp(random, 0, 1)));
    }
}
