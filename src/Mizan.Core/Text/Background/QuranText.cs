using System.IO.Compression;
using System.Text;

namespace Mizan.Core.Text.Background;

/// <summary>
/// The Arabic text of the Quran embedded in this assembly: 6,236 vocalised verses in mushaf order, from npm
/// <c>quran-json</c> 3.1.2 (CC-BY-4.0; see Resources/NOTICE.md), written by tools/text-tables/generate-quran.mjs.
/// </summary>
internal static class QuranText
{
    /// <summary>The manifest name of the embedded resource (set in Mizan.Core.csproj).</summary>
    public const string ResourceName = "Mizan.Core.Text.Background.quran-uthmani.txt.gz";

    /// <summary>How many verses the Quran has.</summary>
    public const int VerseCount = 6236;

    /// <summary>Reads every verse, in order; the caller keeps what it needs.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or incomplete.</exception>
    public static string[] LoadVerses()
    {
        using Stream stream = typeof(QuranText).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var verses = new List<string>(VerseCount);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                verses.Add(line);
            }
        }

        if (verses.Count != VerseCount)
        {
            throw new InvalidOperationException(
                $"The embedded Quran text has {verses.Count} verses; expected {VerseCount}.");
        }

        return [.. verses];
    }
}
