namespace Mizan.Data.Moderation.Notices;

/// <summary>A notice as DSA Art. 16(2) requires it.</summary>
public sealed class NoticeSubmission
{
    /// <summary>Why the notifier considers the content illegal (16(2)(a)).</summary>
    public string? Explanation { get; set; }

    /// <summary>The exact electronic locations (16(2)(b)).</summary>
    public List<string>? Urls { get; set; }

    /// <summary>Items of this platform the notice concerns, when the platform knows them.</summary>
    public List<long>? ItemIds { get; set; }

    /// <summary>The notifier's name and e-mail (16(2)(c)); not required for the offences the Article exempts.</summary>
    public NotifierInfo? Notifier { get; set; }

    /// <summary>The notifier's good-faith statement (16(2)(d)); must be true.</summary>
    public bool? GoodFaith { get; set; }

    /// <summary>A TDB statement category the notifier alleges.</summary>
    public string? Category { get; set; }

    /// <summary>A TDB keyword; KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL waives name and e-mail (Art. 16(2)(c)).</summary>
    public string? CategorySpecification { get; set; }

    /// <summary>The provision the notifier relies on.</summary>
    public string? LegalProvision { get; set; }
}
