namespace Mizan.Core.Hashing;

public static partial class PdqHasher
{
    /// <summary>Side of the partial DCT: 16×16 coefficients, 256 bits.</summary>
    internal const int DctSize = 16;

    private const int Bits = DctSize * DctSize;

    /// <summary>
    /// D[i][j] = sqrt(2/64) · cos(π/(2·64) · (i+1) · (2j+1)), i = 0..15, j = 0..63, 16×64 row-major. As in the
    /// reference, the scale factor is a float, each entry is computed in double and stored as a float, and rows
    /// start at frequency 1: the DC term is skipped.
    /// </summary>
    private static readonly float[] s_dctMatrix = BuildDctMatrix();

    /// <summary>
    /// B = D · A · Dᵀ (16×16, row-major) from the 64×64 array A: first T = D·A, then B = T·Dᵀ, each sum over
    /// k = 0..63 accumulated sequentially in float32 (<c>dct64To16</c>). B[i][j] is vertical frequency i+1 and
    /// horizontal frequency j+1.
    /// </summary>
    internal static void ComputeDct(ReadOnlySpan<float> cells, Span<float> dct)
    {
        const int n = PdqJaroszFilter.OutputSize;
        ReadOnlySpan<float> d = s_dctMatrix;
        Span<float> t = stackalloc float[DctSize * n];
        t.Clear();

        // T[i][j] = Σ_k D[i][k]·A[k][j]. The loop over k is outside the loop over j so that 64 independent sums
        // advance together, but each T[i][j] still receives its products in order k = 0..63 from 0.
        for (int i = 0; i < DctSize; i++)
        {
            Span<float> ti = t.Slice(i * n, n);
            for (int k = 0; k < n; k++)
            {
                float dik = d[(i * n) + k];
                ReadOnlySpan<float> ak = cells.Slice(k * n, n);
                for (int j = 0; j < n; j++)
                {
                    ti[j] += dik * ak[j];
                }
            }
        }

        // B[i][j] = Σ_k T[i][k]·D[j][k].
        for (int i = 0; i < DctSize; i++)
        {
            ReadOnlySpan<float> ti = t.Slice(i * n, n);
            for (int j = 0; j < DctSize; j++)
            {
                ReadOnlySpan<float> dj = d.Slice(j * n, n);
                float sum = 0f;
                for (int k = 0; k < n; k++)
                {
                    sum += ti[k] * dj[k];
                }

                dct[(i * DctSize) + j] = sum;
            }
        }
    }

    /// <summary>
    /// Bit k = i·16 + j is set iff B[i][j] is strictly greater than the median, the 128th-smallest of the 256
    /// values (the reference's <c>torben</c> returns the lower median).
    /// </summary>
    internal static PdqHash Threshold(ReadOnlySpan<float> dct)
    {
        Span<float> sorted = stackalloc float[Bits];
        dct.CopyTo(sorted);
        sorted.Sort();
        float median = sorted[(Bits / 2) - 1];

        // Bit k goes to bit k % 64 of the word holding bits 64·⌊k/64⌋ and up; W3 holds bits 0..63.
        Span<ulong> words = stackalloc ulong[4];
        words.Clear();
        for (int k = 0; k < Bits; k++)
        {
            if (dct[k] > median)
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(words[3], words[2], words[1], words[0]);
    }

    /// <summary>
    /// The eight dihedral hashes from one DCT, without re-hashing (<c>dct16OriginalTo*</c>). Mirroring an axis
    /// multiplies frequency i+1 by (−1)^(i+1), so coefficients with an even index change sign; rotations and
    /// (anti-)transposes also swap the axes.
    /// </summary>
    internal static PdqHash[] DihedralThresholds(ReadOnlySpan<float> dct)
    {
        var hashes = new PdqHash[8];
        Span<float> variant = stackalloc float[Bits];
        for (int t = 0; t < hashes.Length; t++)
        {
            Transform(dct, (PdqTransform)t, variant);
            hashes[t] = Threshold(variant);
        }

        return hashes;
    }

    /// <summary>
    /// Builds B' for <paramref name="transform"/> from B, per the table in shared/docs/PDQ.md (from the comments
    /// of the reference's <c>dct16OriginalTo*</c>).
    /// </summary>
    internal static void Transform(ReadOnlySpan<float> dct, PdqTransform transform, Span<float> result)
    {
        for (int i = 0; i < DctSize; i++)
        {
            for (int j = 0; j < DctSize; j++)
            {
                float value = dct[(i * DctSize) + j];
                bool iEven = (i & 1) == 0;
                bool jEven = (j & 1) == 0;
                bool sumOdd = ((i + j) & 1) != 0;
                switch (transform)
                {
                    case PdqTransform.Original:
                        result[(i * DctSize) + j] = value;
                        break;
                    case PdqTransform.Rotate90:
                        result[(j * DctSize) + i] = jEven ? -value : value;
                        break;
                    case PdqTransform.Rotate180:
                        result[(i * DctSize) + j] = sumOdd ? -value : value;
                        break;
                    case PdqTransform.Rotate270:
                        result[(j * DctSize) + i] = iEven ? -value : value;
                        break;
                    case PdqTransform.FlipX:
                        result[(i * DctSize) + j] = iEven ? -value : value;
                        break;
                    case PdqTransform.FlipY:
                        result[(i * DctSize) + j] = jEven ? -value : value;
                        break;
                    case PdqTransform.FlipPlus1:
                        result[(j * DctSize) + i] = value;
                        break;
                    case PdqTransform.FlipMinus1:
                        result[(j * DctSize) + i] = sumOdd ? -value : value;
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown transform.");
                }
            }
        }
    }

    private static float[] BuildDctMatrix()
    {
        const int n = PdqJaroszFilter.OutputSize;
        var matrix = new float[DctSize * n];
        float scale = (float)Math.Sqrt(2.0 / n);
        for (int i = 0; i < DctSize; i++)
        {
            for (int j = 0; j < n; j++)
            {
                matrix[(i * n) + j] = (float)(scale * Math.Cos(Math.PI / 2 / n * (i + 1) * ((2 * j) + 1)));
            }
        }

        return matrix;
    }
}
