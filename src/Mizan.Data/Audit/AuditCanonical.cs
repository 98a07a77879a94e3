using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mizan.Data.Entities;

namespace Mizan.Data.Audit;

/// <summary>
/// The canonical serialisation an audit event's hash is computed over, and the hash itself.
/// <para>
/// The serialisation is UTF-8 text: the line <c>mizan-audit-v1</c>, then one line per field in this fixed order:
/// <c>seq</c>, <c>at</c>, <c>actor_name</c>, <c>actor_role</c>, <c>actor_organisation_id</c>, <c>action</c>,
/// <c>subject_type</c>, <c>subject_id</c>, <c>before</c>, <c>after</c>, <c>reason</c>, <c>prev_hash</c>. A line is
/// <c>name=</c> followed by <c>-</c> for a null value, or by the value's length in UTF-8 bytes, a colon and the
/// value itself; every line ends with <c>\n</c>. The length prefix makes the encoding unambiguous whatever the
/// values contain (newlines, equals signs). Numbers are decimal without separators; <c>at</c> is UTC as
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>; <c>before</c> and <c>after</c> are the stored JSON text, character for
/// character. The hash is the lower-case hex SHA-256 of those bytes.
/// </para>
/// </summary>
public static class AuditCanonical
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The canonical bytes of <paramref name="e"/> (every field but <see cref="AuditEvent.Hash"/>).</summary>
    public static byte[] Serialize(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = new StringBuilder(256 + (e.Before?.Length ?? 0) + (e.After?.Length ?? 0));
        text.Append("mizan-audit-v1\n");
        Field(text, "seq", e.Seq.ToString(CultureInfo.InvariantCulture));
        Field(text, "at", FormatTime(e.At));
        Field(text, "actor_name", e.ActorName);
        Field(text, "actor_role", e.ActorRole);
        Field(text, "actor_organisation_id", e.ActorOrganisationId?.ToString(CultureInfo.InvariantCulture));
        Field(text, "action", e.Action);
        Field(text, "subject_type", e.SubjectType);
        Field(text, "subject_id", e.SubjectId);
        Field(text, "before", e.Before);
        Field(text, "after", e.After);
        Field(text, "reason", e.Reason);
        Field(text, "prev_hash", e.PrevHash);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The hash <paramref name="e"/> must carry.</summary>
    public static string ComputeHash(AuditEvent e) => Convert.ToHexStringLower(SHA256.HashData(Serialize(e)));

    /// <summary>The time as hashed: UTC, microseconds (the finest precision every provider keeps).</summary>
    public static string FormatTime(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time cut to whole microseconds, as it is stored and hashed.</summary>
    public static DateTime TruncateToMicroseconds(DateTime at) =>
        new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        text.Append('\n');
    }
}
