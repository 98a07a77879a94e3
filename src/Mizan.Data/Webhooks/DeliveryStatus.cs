namespace Mizan.Data.Webhooks;

/// <summary>The states of an outbox row.</summary>
public static class DeliveryStatus
{
    /// <summary>Waiting for its first attempt or a retry (or claimed by a node that is delivering it).</summary>
    public const string Pending = "pending";

    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "delivered";

    /// <summary>Every attempt failed; an administrator may retry it.</summary>
    public const string Failed = "failed";
}
