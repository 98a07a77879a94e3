namespace Mizan.Data.Legal.DataRequests;

/// <summary>The closed vocabularies of data requests.</summary>
public static class DataRequestTerms
{
    public const string Received = "received";
    public const string Disclosed = "disclosed";
    public const string Rejected = "rejected";

    public const string Approved = "approved";
    public const string PartiallyApproved = "partially_approved";

    public const string PreservationLetter = "preservation_letter";
    public const string Emergency2702 = "emergency_2702";
    public const string EuropeanProductionOrder = "european_production_order";

    public const string BasicSubscriberInformation = "basic_subscriber_information";
    public const string NonContent = "non_content";
    public const string Content = "content";

    /// <summary>Every status: received (awaiting review), disclosed (approved in whole or part) or rejected.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Received, Disclosed, Rejected];

    /// <summary>Review outcomes.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = [Approved, PartiallyApproved, Rejected];

    /// <summary>
    /// Legal process types: subpoena, 18 U.S.C. 2703(d) order, warrant, emergency request (2702), preservation letter
    /// (2703(f)), MLAT or CLOUD Act request, European production order (Regulation (EU) 2023/1543), other.
    /// </summary>
    public static IReadOnlyList<string> ProcessTypes { get; } =
        ["subpoena", "court_order_2703d", "warrant", Emergency2702, PreservationLetter, "mlat", EuropeanProductionOrder, "other"];

    /// <summary>Data categories a request can ask for.</summary>
    public static IReadOnlyList<string> Categories { get; } = [BasicSubscriberInformation, NonContent, Content];
}
