namespace Mizan.Core.Imaging;

/// <summary>
/// A decoded image reduced to float luma, the input of PDQ: the grey value itself for grey images, otherwise
/// <c>0.299f·R + 0.587f·G + 0.114f·B</c> in float32, evaluated left to right as Meta's reference does.
/// </summary>
public sealed class LumaImage
{
    /// <summary>Wraps existing luma values.</summary>
    /// <param name="width">Number of columns.</param>
    /// <param name="height">Number of rows.</param>
    /// <param name="luma">Row-major values, exactly <paramref name="width"/> × <paramref name="height"/> of them; not copied.</param>
    /// <param name="isGreyscale">Whether the values are grey levels rather than computed from colour.</param>
    public LumaImage(int width, int height, float[] luma, bool isGreyscale = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentNullException.ThrowIfNull(luma);
        if (luma.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {(long)width * height} values for {width}×{height}; got {luma.Length}.", nameof(luma));
        }

        Width = width;
        Height = height;
        Luma = luma;
        IsGreyscale = isGreyscale;
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>
    /// Row-major luma, 0-255, exactly <see cref="Width"/> × <see cref="Height"/> values. A plain array owned by
    /// this object (not pooled), so it can be kept or handed on freely.
    /// </summary>
    public float[] Luma { get; }

    /// <summary>
    /// <see langword="true"/> when the values are the image's grey levels: a grey source, or a colour image whose
    /// every pixel has R = G = B. <see langword="false"/> when they come from the colour formula.
    /// </summary>
    public bool IsGreyscale { get; }
}
