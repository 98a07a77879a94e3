namespace Mizan.Core.Text.Normalization;

/// <summary>What a fold table entry does with one code point.</summary>
internal enum FoldKind : uint
{
    /// <summary>The code point is kept as it is.</summary>
    Identity = 0,

    /// <summary>The code point is deleted (format controls, marks, tatweel...).</summary>
    Delete = 1,

    /// <summary>The code point becomes a word separator (punctuation, symbols, whitespace).</summary>
    Space = 2,

    /// <summary>The code point becomes one other character.</summary>
    Single = 3,

    /// <summary>The code point becomes several characters, stored in the table's expansion pool.</summary>
    Expansion = 4,

    /// <summary>A high surrogate: look up the code point of the pair; a lone surrogate is a separator.</summary>
    HighSurrogate = 5,
}
