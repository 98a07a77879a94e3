namespace Mizan.Data.Entities;

/// <summary>
/// One signal of a known item in a bank. A client's entry id may carry several signals (a file imported once
/// yields its SHA-256, MD5 and, for images, its PDQ hash), so the key is (bank, entry id, signal type).
/// </summary>
public sealed class BankEntry
{
    /// <summary>The row id; also the id the in-memory indexes hold.</summary>
    public long Id { get; set; }

    public int BankId { get; set; }

    public Bank? Bank { get; set; }

    /// <summary>The id the client gave the entry; matches name it.</summary>
    public required string ExternalId { get; set; }

    /// <summary>One of <see cref="Mizan.Data.Banks.SignalTypes"/>.</summary>
    public required string SignalType { get; set; }

    /// <summary>
    /// The signal in its canonical text form: lower-case hex for hashes, the canonical URL for URLs, and the
    /// SHA-256 of the text (UTF-8) for text entries, whose text is in <see cref="Text"/>.
    /// </summary>
    public required string Value { get; set; }

    /// <summary>The known text of a text entry (this platform's own bank; peers receive fingerprints only).</summary>
    public string? Text { get; set; }

    /// <summary>For URL entries: exact, domain or path_prefix.</summary>
    public string? Scope { get; set; }

    /// <summary>PDQ quality (0-100) when known.</summary>
    public int? Quality { get; set; }

    public List<string> Labels { get; set; } = [];

    public string? Source { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTime AddedAt { get; set; }

    public bool Retracted { get; set; }

    public string? RetractedReason { get; set; }

    public DateTime? RetractedAt { get; set; }

    public string? RetractedBy { get; set; }
}
