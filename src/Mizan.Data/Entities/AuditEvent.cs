namespace Mizan.Data.Entities;

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> is the SHA-256 of the canonical serialisation of
/// every other field and <see cref="PrevHash"/> (see <see cref="Mizan.Data.Audit.AuditCanonical"/>), so changing,
/// removing or reordering a stored event breaks the chain at that event.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The position in the chain: 1, 2, 3, ... without gaps.</summary>
    public long Seq { get; set; }

    /// <summary>When it happened (UTC, whole microseconds so every provider stores it exactly).</summary>
    public DateTime At { get; set; }

    public required string ActorName { get; set; }

    public required string ActorRole { get; set; }

    public int? ActorOrganisationId { get; set; }

    /// <summary><c>subject.verb</c> in lower case, e.g. <c>bank.created</c>.</summary>
    public required string Action { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>The state before the change as JSON text, stored verbatim (the hash covers these exact characters).</summary>
    public string? Before { get; set; }

    /// <summary>The state after the change as JSON text, stored verbatim.</summary>
    public string? After { get; set; }

    public string? Reason { get; set; }

    /// <summary>The previous event's hash (64 zeros for the first event), lower-case hex.</summary>
    public required string PrevHash { get; set; }

    /// <summary>Lower-case hex SHA-256 of the canonical serialisation.</summary>
    public required string Hash { get; set; }
}
