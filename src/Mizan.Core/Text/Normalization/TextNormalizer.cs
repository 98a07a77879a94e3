using Mizan.Core.Text.Normalization;

namespace Mizan.Core.Text;

/// <summary>
/// Arabic-aware text normalisation into the <see cref="TextChannel"/>s that text matching fingerprints, following
/// the fold table of ARABIC.md (design documents) and keeping a map from every normalised character back to the
/// original text.
/// </summary>
/// <remarks>
/// <para><see cref="TextChannel.Match"/>: NFKC (Unicode UAX #15), the explicit compatibility fix for U+FDFD, NFD;
/// then (A) format and bidi controls deleted, (B) combining marks deleted, (C) tatweel and decorations deleted,
/// (D) letter variants folded (alef, yeh, heh, waw, kaf, noon variants and 177 "LETTER X WITH ..." letters to X;
/// PEH, TCHEH, JEH, GAF, VEH, TTEH, DDAL, RREH, dotless BEH, QAF and FEH, and HAMZA kept), (E) decimal digits to ASCII, (G) lower case with œ, æ, ß spelled out, (F)
/// punctuation, symbols and emoji to a space; whitespace collapsed to single spaces and trimmed.</para>
/// <para><see cref="TextChannel.Skeleton"/>: match text with Arabic letters folded to their rasm class (Unicode
/// Joining_Group, ArabicShaping.txt) and Latin, Cyrillic and Greek look-alikes to their UTS #39 skeleton.</para>
/// <para><see cref="TextChannel.Spaceless"/>: match text without spaces. <see cref="TextChannel.WordSet"/>: the match
/// text; the matcher reads it as a set of words.</para>
/// <para>Each code point is folded on its own (see <c>MatchFoldTable</c> for the one approximation this makes),
/// so every normalised character maps to the code point it came from; a code point that expands (a ligature such
/// as U+FDFA) maps all its characters to itself. Thread-safe; the tables are built on first use.</para>
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/> in one channel, keeping the map to original offsets.
    /// <see cref="TextChannel.WordSet"/> returns the match text (words separated by single spaces); the matcher
    /// tokenises it into words.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="channel">The channel to normalise into.</param>
    /// <returns>The normalised text with, for each character, the span of <paramref name="text"/> it came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    /// <exception cref="InvalidOperationException">Unicode normalisation does not work in this runtime (see
    /// <see cref="VerifyUnicodeSupport"/>).</exception>
    public static NormalizedText Normalize(string text, TextChannel channel)
    {
        ArgumentNullException.ThrowIfNull(text);
        ThrowIfUndefined(channel, nameof(channel));
        NormalizedText? result = null;
        Normalize(text, [channel], new Span<NormalizedText?>(ref result));
        return result!;
    }

    /// <summary>Normalises <paramref name="text"/> in several channels at once, sharing the match-level pass
    /// they all start from; equivalent to calling <see cref="Normalize(string, TextChannel)"/> per channel.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="channels">The channels wanted.</param>
    /// <returns>One normalised text per item of <paramref name="channels"/>, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel is not a defined channel.</exception>
    /// <exception cref="InvalidOperationException">Unicode normalisation does not work in this runtime.</exception>
    public static NormalizedText[] Normalize(string text, params ReadOnlySpan<TextChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (TextChannel channel in channels)
        {
            ThrowIfUndefined(channel, nameof(channels));
        }

        var results = new NormalizedText?[channels.Length];
        if (channels.Length > 0)
        {
            Normalize(text, channels, results);
        }

        return results!;
    }

    /// <summary>Checks that the runtime's Unicode normalisation works, and throws if it does not. With invariant
    /// globalization, <see cref="string.Normalize()"/> is a silent no-op for Arabic text, which would disable most
    /// of the fold table; call this at start-up to fail loudly instead. It also builds the fold tables (a one-off
    /// cost of a fraction of a second), so the first normalisation does not pay for it.</summary>
    /// <remarks>Checks that U+FEFB (lam-alef ligature) NFKC-normalises to U+0644 U+0627, that U+0623 decomposes to
    /// U+0627 U+0654 and composes back, that U+1EE00 (Arabic mathematical alef) NFKC-normalises to U+0627, and a
    /// Latin composition.</remarks>
    /// <exception cref="InvalidOperationException">A check failed; the message says which and how to fix it.</exception>
    public static void VerifyUnicodeSupport()
    {
        UnicodeSelfTest.Verify(static (text, form) => text.Normalize(form));
        _ = MatchFoldTable.Instance;
        _ = SkeletonFoldTable.Instance;
    }

    private static void Normalize(string text, ReadOnlySpan<TextChannel> channels, Span<NormalizedText?> results)
    {
        MatchFoldTable table = MatchFoldTable.Instance;
        var match = new FoldBuffer(text.Length + (text.Length >> 3) + 16);
        try
        {
            table.Fold(text, ref match);
            NormalizedText? matchText = null;
            for (int i = 0; i < channels.Length; i++)
            {
                switch (channels[i])
                {
                    case TextChannel.Skeleton:
                        var skeleton = new FoldBuffer(match.Length + (match.Length >> 3) + 16);
                        try
                        {
                            SkeletonFoldTable.Instance.Fold(in match, ref skeleton);
                            results[i] = skeleton.ToNormalizedText(text.Length);
                        }
                        finally
                        {
                            skeleton.Dispose();
                        }

                        break;
                    case TextChannel.Spaceless:
                        results[i] = match.ToNormalizedTextWithoutSpaces(text.Length);
                        break;
                    default: // Match and WordSet share one immutable result.
                        results[i] = matchText ??= match.ToNormalizedText(text.Length);
                        break;
                }
            }
        }
        finally
        {
            match.Dispose();
        }
    }

    private static void ThrowIfUndefined(TextChannel channel, string parameterName)
    {
        if (channel is not (TextChannel.Match or TextChannel.Skeleton or TextChannel.Spaceless or TextChannel.WordSet))
        {
            throw new ArgumentOutOfRangeException(parameterName, channel, "Unknown text channel.");
        }
    }
}
