namespace Mizan.Data.Legal.Orders;

/// <summary>The body of a removal order transition; each transition reads the fields it documents.</summary>
public sealed class OrderTransitionInput
{
    /// <summary>Clarification request: manifest_error or insufficient_information; impossibility: force_majeure or de_facto_impossibility.</summary>
    public string? Reason { get; set; }

    /// <summary>What the Annex III form tells the authority, or what the officer recorded.</summary>
    public string? Details { get; set; }

    /// <summary>Clarification: what the authority answered.</summary>
    public string? Clarification { get; set; }

    /// <summary>Execute: disable_in_eu (default: disabled in every Member State) or remove.</summary>
    public string? Action { get; set; }

    /// <summary>Validate: how the sender was authenticated (Art. 3(5)).</summary>
    public string? Authentication { get; set; }

    /// <summary>Scrutiny request: hosting_provider or content_provider.</summary>
    public string? RequestedBy { get; set; }

    /// <summary>Scrutiny request and decision: the reasons.</summary>
    public string? Reasons { get; set; }

    /// <summary>Scrutiny decision: whether the competent authority found an infringement (Art. 4(7)).</summary>
    public bool? InfringementFound { get; set; }

    /// <summary>Non-disclosure: until when the user may not be told (first order, or its one extension).</summary>
    public DateTimeOffset? Until { get; set; }
}
