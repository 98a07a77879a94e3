using Mizan.Core.Text;
using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

/// <summary>
/// A deliberately trivial normaliser for testing matching on its own: lower-cases letters and digits, turns
/// everything else into single spaces (Match and, here, Skeleton), and drops the spaces for Spaceless, keeping a
/// per-character map back to the original. The real normaliser is tested in its own suite.
/// </summary>
internal static class StandInNormalizer
{
    public static NormalizedText Normalize(string text, TextChannel channel)
    {
        var chars = new List<char>(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        bool pendingSpace = false;
        int spaceAt = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (!pendingSpace)
                {
                    spaceAt = i;
                }

                pendingSpace = chars.Count > 0;
                continue;
            }

            if (pendingSpace && channel != TextChannel.Spaceless)
            {
                chars.Add(' ');
                starts.Add(spaceAt);
                ends.Add(spaceAt + 1);
            }

            pendingSpace = false;
            chars.Add(char.ToLowerInvariant(c));
            starts.Add(i);
            ends.Add(i + 1);
        }

        return new NormalizedText(new string([.. chars]), [.. starts], [.. ends], text.Length);
    }

    public static TextFingerprint Fingerprint(TextFingerprintBuilder builder, string text) =>
        builder.Build(
            Normalize(text, TextChannel.Match),
            Normalize(text, TextChannel.Skeleton),
            Normalize(text, TextChannel.Spaceless),
            text.Length,
            maskedChars: 0);
}
