namespace Mizan.Data.Matching;

/// <summary>A parsed scan item: hashes given as canonical hex, or a file path for the command line to hash.</summary>
public sealed record ScanItem(string? Id, string? File, string? Pdq, string? Md5, string? Sha256, bool? Dihedral)
{
    /// <summary>A text to match.</summary>
    public string? Text { get; init; }

    /// <summary>A canonical URL to match.</summary>
    public string? Url { get; init; }

    /// <summary>The input for the hashes given directly (a file's signals are added by the caller).</summary>
    public ScanInput ToInput(bool defaultDihedral) =>
        new() { Pdq = Pdq, Md5 = Md5, Sha256 = Sha256, Text = Text, Url = Url, Dihedral = Dihedral ?? defaultDihedral };
}
