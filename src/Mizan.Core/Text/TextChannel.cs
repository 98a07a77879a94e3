namespace Mizan.Core.Text;

/// <summary>
/// The normal forms text is matched in. No single normal form defeats every evasion (see ARABIC.md in the design
/// documents), so a text is fingerprinted in each channel and a match in any channel counts.
/// </summary>
public enum TextChannel
{
    /// <summary>The fold table: marks, tatweel, invisible and bidi controls removed; letter variants folded;
    /// digits to ASCII; punctuation, symbols and emoji to spaces; whitespace collapsed; lower case.</summary>
    Match = 0,

    /// <summary><see cref="Match"/>, then each Arabic letter folded to its dotless shape class (rasm) and
    /// Latin, Cyrillic and Greek look-alikes folded to one skeleton: defeats dotless writing and homoglyphs.</summary>
    Skeleton = 1,

    /// <summary><see cref="Match"/> with spaces removed: defeats spaces, punctuation or emoji inside words.</summary>
    Spaceless = 2,

    /// <summary><see cref="Match"/> read as a set of words, order-free: defeats word shuffling.</summary>
    WordSet = 3,
}
