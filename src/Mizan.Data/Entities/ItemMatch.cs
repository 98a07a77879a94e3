namespace Mizan.Data.Entities;

/// <summary>One signal of an item that matched a bank entry, with what the law asks to be kept about it.</summary>
public sealed class ItemMatch
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    /// <summary>The detector, such as pdq, sha256, md5, text-minhash or url.</summary>
    public required string Detector { get; set; }

    public required string DetectorVersion { get; set; }

    /// <summary>The signal type of the bank entry (pdq, md5, sha256, text, url).</summary>
    public required string Signal { get; set; }

    public required string Bank { get; set; }

    /// <summary>The bank entry row (to flag it for review if a decision it led to is reversed).</summary>
    public long BankEntryId { get; set; }

    public required string Entry { get; set; }

    public List<string> Labels { get; set; } = [];

    /// <summary>PDQ Hamming distance; 0 for exact hashes and URLs.</summary>
    public int? Distance { get; set; }

    public double? Similarity { get; set; }

    public double? Containment { get; set; }

    /// <summary>The detector's score on a 0-1 scale (1 = identical).</summary>
    public double Score { get; set; }

    /// <summary>The threshold the match passed (PDQ: max distance; text: min similarity or containment).</summary>
    public double Threshold { get; set; }

    public string? Channel { get; set; }

    public string? Transform { get; set; }

    public string? UrlScope { get; set; }

    public int? SpanStart { get; set; }

    public int? SpanEnd { get; set; }

    /// <summary>What policy said for this match: none, case or auto.</summary>
    public required string PolicyAction { get; set; }

    /// <summary>Why an automatic action was not taken, when the rule asked for one.</summary>
    public string? PolicyNote { get; set; }
}
