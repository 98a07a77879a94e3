namespace Mizan.Data.Entities;

/// <summary>A report that content is illegal or breaks the terms (DSA Art. 16).</summary>
public sealed class Notice
{
    public long Id { get; set; }

    /// <summary>The organisation whose key submitted it.</summary>
    public int OrganisationId { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>user, trusted_flagger, authority or other.</summary>
    public required string NotifierType { get; set; }

    public string? NotifierName { get; set; }

    public string? NotifierEmail { get; set; }

    /// <summary>The platform's reference of the notifier, for complaints.</summary>
    public string? NotifierRef { get; set; }

    /// <summary>Why the content is illegal (16(2)(a)).</summary>
    public required string Explanation { get; set; }

    /// <summary>Exact locations (16(2)(b)).</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>The good-faith statement (16(2)(d)).</summary>
    public bool GoodFaith { get; set; }

    public string? AllegedCategory { get; set; }

    public string? AllegedCategorySpecification { get; set; }

    public string? AllegedLegalProvision { get; set; }

    /// <summary>Items the locations resolved to.</summary>
    public List<long> ItemIds { get; set; } = [];

    public DateTime AcknowledgedAt { get; set; }
}
