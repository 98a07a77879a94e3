namespace Mizan.Data.Entities;

/// <summary>A named list of known content.</summary>
public sealed class Bank
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Whether matches to this bank may trigger automatic action (policy decides the rest).</summary>
    public bool AutoAction { get; set; }

    /// <summary>A disabled bank keeps its entries but matches nothing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Text matches need at least this Jaccard similarity (unless containment suffices); null: the default.</summary>
    public double? TextMinSimilarity { get; set; }

    /// <summary>Text matches need at least this containment of the known item (unless similarity suffices); null: the default.</summary>
    public double? TextMinContainment { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
