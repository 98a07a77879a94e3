namespace Mizan.Core.Text;

/// <summary>A half-open range of character offsets [<see cref="Start"/>, <see cref="End"/>).</summary>
/// <param name="Start">The first offset in the span.</param>
/// <param name="End">One past the last offset.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many characters the span covers.</summary>
    public int Length => End - Start;
}
