namespace Mizan.Data.Entities;

/// <summary>
/// A background text an administrator added (a common hadith, a supplication, an anthem): quotations of it are
/// masked in known items and queries, like quotations of the built-in Quran corpus.
/// </summary>
public sealed class BackgroundText
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Text { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTime AddedAt { get; set; }
}
