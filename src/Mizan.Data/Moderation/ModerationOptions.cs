namespace Mizan.Data.Moderation;

/// <summary>Moderation settings. Bound from the <c>Moderation</c> configuration section, validated at start-up.</summary>
public sealed class ModerationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Moderation";

    /// <summary>
    /// Months after the user is informed during which a complaint is accepted (DSA Art. 20(1): at least six).
    /// </summary>
    public int ComplaintWindowMonths { get; set; } = 6;

    /// <summary>Days within which a complaint is to be decided (TCO Art. 10(2): two weeks).</summary>
    public int ComplaintDueDays { get; set; } = 14;

    /// <summary>Image bytes up to this size are kept for reviewers (default 8 MiB); larger files keep only hashes.</summary>
    public long MaxStoredMediaBytes { get; set; } = 8L << 20;

    /// <summary>The longest secrecy period a decision may carry (TCO Art. 11(3): six weeks plus six more).</summary>
    public int MaxSecrecyDays { get; set; } = 84;

    /// <summary>Where users are told they can complain; part of every statement of reasons.</summary>
    public string ComplaintChannel { get; set; } = "the platform's complaint form";

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (ComplaintWindowMonths is < 6 or > 120)
        {
            throw new InvalidOperationException($"Moderation:ComplaintWindowMonths must be 6-120 (DSA Art. 20(1) requires at least six); got {ComplaintWindowMonths}.");
        }

        if (ComplaintDueDays is < 1 or > 14)
        {
            throw new InvalidOperationException($"Moderation:ComplaintDueDays must be 1-14 (TCO Art. 10(2)); got {ComplaintDueDays}.");
        }

        if (MaxStoredMediaBytes is < 0 or > 1L << 30)
        {
            throw new InvalidOperationException($"Moderation:MaxStoredMediaBytes must be 0-1 GiB; got {MaxStoredMediaBytes}.");
        }

        if (MaxSecrecyDays is < 0 or > 84)
        {
            throw new InvalidOperationException($"Moderation:MaxSecrecyDays must be 0-84 (TCO Art. 11(3)); got {MaxSecrecyDays}.");
        }
    }
}
