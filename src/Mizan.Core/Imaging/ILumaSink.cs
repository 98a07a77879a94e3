namespace Mizan.Core.Imaging;

/// <summary>Receives luma rows from the decoder, top to bottom, as they are decoded.</summary>
internal interface ILumaSink
{
    /// <summary>Called once, before any row, with the image's size.</summary>
    void Start(int width, int height);

    /// <summary><paramref name="count"/> consecutive rows of width values each.</summary>
    void WriteRows(ReadOnlySpan<float> rows, int count);
}
