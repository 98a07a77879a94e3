using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mizan.Core.Hashing;

/// <summary>
/// PDQ's two-pass Jarosz (box) filter and decimation to 64×64, as in Meta's ThreatExchange
/// <c>pdqhashing.cpp</c> (<c>jaroszFilterFloat</c>, <c>box1DFloat</c>, <c>decimateFloat</c>), described step by
/// step in <c>shared/docs/PDQ.md</c>. Luma rows are fed top to bottom and flow through the four passes (along rows,
/// along columns, along rows, along columns) with only a few rows buffered, so a large image never needs a
/// second full-size buffer.
/// </summary>
/// <remarks>
/// <para>
/// Every output that the decimation reads is computed with exactly the reference's float32 operations in the
/// reference's order: each line keeps one running sum that gains the entering element and then loses the
/// leaving one, and each output is that sum divided by the number of elements in the clipped window. Outputs
/// that the decimation never reads are skipped: the last pass along rows only divides at the 64 sampled
/// columns, and the last pass along columns only at the 64 sampled rows. The passes along columns run across a
/// whole row at once with <see cref="Vector{T}"/>: each lane is one column's own running sum, so the arithmetic
/// per column is unchanged. The passes along rows advance four rows' running sums together and divide
/// afterwards, which changes the order in which independent lines are processed, never the operations on one
/// line. <see cref="FilterAndDecimateReference"/> is the plain transcription, kept as the test oracle.
/// </para>
/// <para>A window of 1 is not an exact identity: the running sum still adds and subtracts in float32.</para>
/// </remarks>
internal sealed class PdqJaroszFilter : IDisposable
{
    /// <summary>Side of the decimated output.</summary>
    public const int OutputSize = 64;

    /// <summary><c>PDQ_NUM_JAROSZ_XY_PASSES</c>: the filter runs along rows then columns this many times.</summary>
    private const int Passes = 2;

    /// <summary>Rows filtered together along their length, so that their running sums advance in parallel.</summary>
    private const int Group = 4;

    private readonly int _rows;
    private readonly int _cols;
    private readonly int _windowAlongRows;
    private readonly int _windowAlongCols;
    private readonly int _halfAlongCols;
    private readonly int _ringRows;

    private float[]? _ring;           // first pass along rows: the last _ringRows rows, _cols each
    private float[]? _columnSums;     // first pass along columns: one running sum per column
    private float[]? _staged;         // up to Group output rows of the first column pass, awaiting the second row pass
    private float[]? _rowSums;        // the second row pass's running sums for the staged rows
    private float[]? _sampled;        // second pass along rows at the 64 sampled columns: _rows × 64
    private int[]? _sampleIndices;    // 64 sampled columns, then 64 sampled rows
    private float[]? _columnDivisors; // window size of the second row pass at each sampled column
    private int _rowsWritten;
    private int _stagedFirst;
    private int _stagedCount;

    /// <summary>Prepares a filter for an image of <paramref name="rows"/> × <paramref name="cols"/> luma values.</summary>
    public PdqJaroszFilter(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cols, 1);
        _rows = rows;
        _cols = cols;
        _windowAlongRows = WindowSize(cols);
        _windowAlongCols = WindowSize(rows);
        _halfAlongCols = (_windowAlongCols + 2) / 2;

        // The column pass reads row r and row r - window at the same step, and a group of rows is filtered
        // along its length before the column pass takes the first of them.
        _ringRows = _windowAlongCols + Group;
        _ring = ArrayPool<float>.Shared.Rent(_ringRows * cols);
        _columnSums = ArrayPool<float>.Shared.Rent(cols);
        _columnSums.AsSpan(0, cols).Clear();
        _staged = ArrayPool<float>.Shared.Rent(Group * cols);
        _rowSums = ArrayPool<float>.Shared.Rent(Group * cols);
        _sampled = ArrayPool<float>.Shared.Rent(rows * OutputSize);
        _sampleIndices = ArrayPool<int>.Shared.Rent(2 * OutputSize);
        _columnDivisors = ArrayPool<float>.Shared.Rent(OutputSize);
        for (int j = 0; j < OutputSize; j++)
        {
            int col = DecimationIndex(j, cols);
            _sampleIndices[j] = col;
            _sampleIndices[OutputSize + j] = DecimationIndex(j, rows);
            _columnDivisors[j] = ClippedWindowCount(col, cols, _windowAlongRows);
        }
    }

    /// <summary>
    /// <c>computeJaroszFilterWindowSize(dimension, 64)</c>: ⌈dimension / 128⌉. Two passes of half a 64th of the
    /// image together cover one output cell.
    /// </summary>
    public static int WindowSize(int dimension) => (dimension + (2 * OutputSize) - 1) / (2 * OutputSize);

    /// <summary>
    /// The source index that decimation output <paramref name="i"/> takes: the cell centre
    /// ⌊(i + 0.5) · <paramref name="dimension"/> / 64⌋, computed in double as the reference does.
    /// </summary>
    public static int DecimationIndex(int i, int dimension) => (int)((i + 0.5) * dimension / OutputSize);

    /// <summary>Feeds <paramref name="count"/> consecutive rows (<paramref name="rows"/> holds count × cols values).</summary>
    public void WriteRows(ReadOnlySpan<float> rows, int count)
    {
        ObjectDisposedException.ThrowIf(_ring is null, this);
        int cols = _cols;
        if (count < 0 || rows.Length < (long)count * cols || _rowsWritten + count > _rows)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "More rows than the image has, or fewer values than rows × columns.");
        }

        int r = 0;
        while (r < count)
        {
            int first = _rowsWritten;
            int group = count - r >= Group ? Group : 1;
            if (group == Group)
            {
                RunningSumsAlongRows(
                    rows.Slice(r * cols, cols),
                    rows.Slice((r + 1) * cols, cols),
                    rows.Slice((r + 2) * cols, cols),
                    rows.Slice((r + 3) * cols, cols),
                    RingRow(first),
                    RingRow(first + 1),
                    RingRow(first + 2),
                    RingRow(first + 3),
                    _windowAlongRows);
            }
            else
            {
                RunningSumsAlongRow(rows.Slice(r * cols, cols), RingRow(first), _windowAlongRows);
            }

            for (int k = 0; k < group; k++)
            {
                Span<float> filtered = RingRow(first + k);
                DivideByClippedWindow(filtered, _windowAlongRows);
                AddToColumnPass(first + k, filtered);
            }

            r += group;
            _rowsWritten = first + group;
        }
    }

    /// <summary>Finishes the passes after the last row and writes the 64×64 row-major result.</summary>
    public void Complete(Span<float> output64x64)
    {
        ObjectDisposedException.ThrowIf(_ring is null, this);
        if (_rowsWritten != _rows)
        {
            throw new InvalidOperationException($"The filter expects {_rows} rows but received {_rowsWritten}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(output64x64.Length, OutputSize * OutputSize, nameof(output64x64));

        // The last outputs of the first column pass: the window shrinks as it leaves the bottom edge.
        int n = _rows;
        int w = _windowAlongCols;
        int half = _halfAlongCols;
        Span<float> sums = _columnSums.AsSpan(0, _cols);
        for (int o = n - half + 1; o < n; o++)
        {
            int leaving = o - (w - half) - 1;
            SubtractAndDivide(sums, RingRow(leaving), StageRow(o), n - o + w - half);
            RowStaged();
        }

        SecondRowPass();
        SecondColumnPass(output64x64);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ReturnAndClear(ref _ring);
        ReturnAndClear(ref _columnSums);
        ReturnAndClear(ref _staged);
        ReturnAndClear(ref _rowSums);
        ReturnAndClear(ref _sampled);
        ReturnAndClear(ref _columnDivisors);
        if (_sampleIndices is not null)
        {
            ArrayPool<int>.Shared.Return(_sampleIndices);
            _sampleIndices = null;
        }
    }

    /// <summary>
    /// <c>box1DFloat</c> transcribed: the mean of <paramref name="input"/> over
    /// [i − (w − half), i + (half − 1)] clipped to the line, with half = (w + 2) / 2, kept as one float32 running
    /// sum in four phases (fill, grow, slide, shrink).
    /// </summary>
    public static void Box1DReference(ReadOnlySpan<float> input, Span<float> output, int length, int stride, int window)
    {
        int half = (window + 2) / 2;
        int fillCount = half - 1;
        int growCount = window - half + 1;
        int slideCount = length - window;
        int shrinkCount = half - 1;
        int left = 0;
        int right = 0;
        int at = 0;
        float sum = 0f;
        int count = 0;
        for (int i = 0; i < fillCount; i++)
        {
            sum += input[right];
            count++;
            right += stride;
        }

        for (int i = 0; i < growCount; i++)
        {
            sum += input[right];
            count++;
            output[at] = sum / count;
            right += stride;
            at += stride;
        }

        for (int i = 0; i < slideCount; i++)
        {
            sum += input[right];
            sum -= input[left];
            output[at] = sum / window;
            left += stride;
            right += stride;
            at += stride;
        }

        for (int i = 0; i < shrinkCount; i++)
        {
            sum -= input[left];
            count--;
            output[at] = sum / count;
            left += stride;
            at += stride;
        }
    }

    /// <summary>
    /// The reference filter and decimation on whole buffers, pass by pass (along every row into a second buffer,
    /// then along every column back, twice). Slow and allocating; the oracle for the streaming version.
    /// </summary>
    public static void FilterAndDecimateReference(ReadOnlySpan<float> luma, int rows, int cols, Span<float> output64x64)
    {
        float[] buffer1 = luma[..(rows * cols)].ToArray();
        float[] buffer2 = new float[rows * cols];
        int windowAlongRows = WindowSize(cols);
        int windowAlongCols = WindowSize(rows);
        for (int pass = 0; pass < Passes; pass++)
        {
            for (int i = 0; i < rows; i++)
            {
                Box1DReference(buffer1.AsSpan(i * cols), buffer2.AsSpan(i * cols), cols, 1, windowAlongRows);
            }

            for (int j = 0; j < cols; j++)
            {
                Box1DReference(buffer2.AsSpan(j), buffer1.AsSpan(j), rows, cols, windowAlongCols);
            }
        }

        for (int i = 0; i < OutputSize; i++)
        {
            int row = DecimationIndex(i, rows);
            for (int j = 0; j < OutputSize; j++)
            {
                output64x64[(i * OutputSize) + j] = buffer1[(row * cols) + DecimationIndex(j, cols)];
            }
        }
    }

    /// <summary>Number of elements in the window of output <paramref name="i"/> once clipped to the line.</summary>
    private static int ClippedWindowCount(int i, int length, int window)
    {
        int half = (window + 2) / 2;
        int last = Math.Min(i + half - 1, length - 1);
        int first = Math.Max(i - (window - half), 0);
        return last - first + 1;
    }

    private Span<float> RingRow(int row) => _ring.AsSpan((row % _ringRows) * _cols, _cols);

    /// <summary>Step <paramref name="index"/> of the first pass along columns, run on all columns at once.</summary>
    private void AddToColumnPass(int index, ReadOnlySpan<float> entering)
    {
        int w = _windowAlongCols;
        int half = _halfAlongCols;
        Span<float> sums = _columnSums.AsSpan(0, _cols);
        if (index < half - 1)
        {
            Add(sums, entering);
            return;
        }

        // Input row `index` completes output row o; the row leaving the window (if any) is o - (w - half) - 1.
        int o = index - (half - 1);
        int leaving = o - (w - half) - 1;
        if (leaving < 0)
        {
            AddAndDivide(sums, entering, StageRow(o), o + half);
        }
        else
        {
            AddSubtractAndDivide(sums, entering, RingRow(leaving), StageRow(o), w);
        }

        RowStaged();
    }

    /// <summary>Where the first column pass writes its output row <paramref name="o"/>.</summary>
    private Span<float> StageRow(int o)
    {
        if (_stagedCount == 0)
        {
            _stagedFirst = o;
        }

        return _staged.AsSpan(_stagedCount * _cols, _cols);
    }

    private void RowStaged()
    {
        if (++_stagedCount == Group)
        {
            SecondRowPass();
        }
    }

    /// <summary>The second pass along the staged rows, divided only at the 64 sampled columns.</summary>
    private void SecondRowPass()
    {
        int cols = _cols;
        int count = _stagedCount;
        Span<float> staged = _staged.AsSpan(0, Group * cols);
        Span<float> sums = _rowSums.AsSpan(0, Group * cols);
        if (count == Group)
        {
            RunningSumsAlongRows(
                staged[..cols],
                staged.Slice(cols, cols),
                staged.Slice(2 * cols, cols),
                staged.Slice(3 * cols, cols),
                sums[..cols],
                sums.Slice(cols, cols),
                sums.Slice(2 * cols, cols),
                sums.Slice(3 * cols, cols),
                _windowAlongRows);
        }
        else
        {
            for (int k = 0; k < count; k++)
            {
                RunningSumsAlongRow(staged.Slice(k * cols, cols), sums.Slice(k * cols, cols), _windowAlongRows);
            }
        }

        ReadOnlySpan<int> columns = _sampleIndices.AsSpan(0, OutputSize);
        ReadOnlySpan<float> divisors = _columnDivisors.AsSpan(0, OutputSize);
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<float> rowSums = sums.Slice(k * cols, cols);
            Span<float> target = _sampled.AsSpan((_stagedFirst + k) * OutputSize, OutputSize);
            for (int j = 0; j < OutputSize; j++)
            {
                target[j] = rowSums[columns[j]] / divisors[j];
            }
        }

        _stagedCount = 0;
    }

    /// <summary>The second pass along columns, evaluated only at the 64 sampled rows.</summary>
    private void SecondColumnPass(Span<float> output64x64)
    {
        int n = _rows;
        int w = _windowAlongCols;
        int half = _halfAlongCols;
        ReadOnlySpan<float> sampled = _sampled.AsSpan(0, n * OutputSize);
        ReadOnlySpan<int> rowsToTake = _sampleIndices.AsSpan(OutputSize, OutputSize);
        Span<float> sums = stackalloc float[OutputSize];
        sums.Clear();
        for (int r = 0; r < half - 1; r++)
        {
            Add(sums, sampled.Slice(r * OutputSize, OutputSize));
        }

        int next = 0;
        for (int o = 0; o < n && next < OutputSize; o++)
        {
            int entering = o + half - 1;
            int leaving = o - (w - half) - 1;
            if (entering < n)
            {
                Add(sums, sampled.Slice(entering * OutputSize, OutputSize));
            }

            if (leaving >= 0)
            {
                Subtract(sums, sampled.Slice(leaving * OutputSize, OutputSize));
            }

            if (rowsToTake[next] != o)
            {
                continue;
            }

            float divisor = ClippedWindowCount(o, n, w);
            Span<float> target = output64x64.Slice(next * OutputSize, OutputSize);
            for (int j = 0; j < OutputSize; j++)
            {
                target[j] = sums[j] / divisor;
            }

            // Small images sample the same row for several outputs.
            while (++next < OutputSize && rowsToTake[next] == o)
            {
                target.CopyTo(output64x64.Slice(next * OutputSize, OutputSize));
            }
        }
    }

    /// <summary>
    /// <see cref="Box1DReference"/> along one contiguous row without the divisions: output i is the running sum
    /// that the reference divides by the clipped window size at i. Dividing it later by that count gives the
    /// same float, and keeps the divisions out of the loop-carried chain of additions.
    /// </summary>
    private static void RunningSumsAlongRow(ReadOnlySpan<float> input, Span<float> sums, int window)
    {
        int length = input.Length;
        int half = (window + 2) / 2;
        ref float x = ref MemoryMarshal.GetReference(input);
        ref float y = ref MemoryMarshal.GetReference(sums);
        float sum = 0f;
        int right = 0;
        for (; right < half - 1; right++)
        {
            sum += Unsafe.Add(ref x, right);
        }

        int at = 0;
        for (; at <= window - half; at++, right++)
        {
            sum += Unsafe.Add(ref x, right);
            Unsafe.Add(ref y, at) = sum;
        }

        for (int left = 0; right < length; left++, right++, at++)
        {
            sum += Unsafe.Add(ref x, right);
            sum -= Unsafe.Add(ref x, left);
            Unsafe.Add(ref y, at) = sum;
        }

        for (int left = length - window; at < length; left++, at++)
        {
            sum -= Unsafe.Add(ref x, left);
            Unsafe.Add(ref y, at) = sum;
        }
    }

    /// <summary>
    /// <see cref="RunningSumsAlongRow"/> on four rows at once: four independent chains of additions that the
    /// processor can overlap. Each row's operations are exactly those of the single-row version.
    /// </summary>
    private static void RunningSumsAlongRows(
        ReadOnlySpan<float> input0,
        ReadOnlySpan<float> input1,
        ReadOnlySpan<float> input2,
        ReadOnlySpan<float> input3,
        Span<float> sums0,
        Span<float> sums1,
        Span<float> sums2,
        Span<float> sums3,
        int window)
    {
        int length = input0.Length;
        if (input1.Length != length || input2.Length != length || input3.Length != length
            || sums0.Length < length || sums1.Length < length || sums2.Length < length || sums3.Length < length)
        {
            throw new ArgumentException("Rows of different lengths.");
        }

        int half = (window + 2) / 2;
        ref float x0 = ref MemoryMarshal.GetReference(input0);
        ref float x1 = ref MemoryMarshal.GetReference(input1);
        ref float x2 = ref MemoryMarshal.GetReference(input2);
        ref float x3 = ref MemoryMarshal.GetReference(input3);
        ref float y0 = ref MemoryMarshal.GetReference(sums0);
        ref float y1 = ref MemoryMarshal.GetReference(sums1);
        ref float y2 = ref MemoryMarshal.GetReference(sums2);
        ref float y3 = ref MemoryMarshal.GetReference(sums3);
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
        int right = 0;
        for (; right < half - 1; right++)
        {
            s0 += Unsafe.Add(ref x0, right);
            s1 += Unsafe.Add(ref x1, right);
            s2 += Unsafe.Add(ref x2, right);
            s3 += Unsafe.Add(ref x3, right);
        }

        int at = 0;
        for (; at <= window - half; at++, right++)
        {
            s0 += Unsafe.Add(ref x0, right);
            s1 += Unsafe.Add(ref x1, right);
            s2 += Unsafe.Add(ref x2, right);
            s3 += Unsafe.Add(ref x3, right);
            Unsafe.Add(ref y0, at) = s0;
            Unsafe.Add(ref y1, at) = s1;
            Unsafe.Add(ref y2, at) = s2;
            Unsafe.Add(ref y3, at) = s3;
        }

        for (int left = 0; right < length; left++, right++, at++)
        {
            s0 += Unsafe.Add(ref x0, right);
            s1 += Unsafe.Add(ref x1, right);
            s2 += Unsafe.Add(ref x2, right);
            s3 += Unsafe.Add(ref x3, right);
            s0 -= Unsafe.Add(ref x0, left);
            s1 -= Unsafe.Add(ref x1, left);
            s2 -= Unsafe.Add(ref x2, left);
            s3 -= Unsafe.Add(ref x3, left);
            Unsafe.Add(ref y0, at) = s0;
            Unsafe.Add(ref y1, at) = s1;
            Unsafe.Add(ref y2, at) = s2;
            Unsafe.Add(ref y3, at) = s3;
        }

        for (int left = length - window; at < length; left++, at++)
        {
            s0 -= Unsafe.Add(ref x0, left);
            s1 -= Unsafe.Add(ref x1, left);
            s2 -= Unsafe.Add(ref x2, left);
            s3 -= Unsafe.Add(ref x3, left);
            Unsafe.Add(ref y0, at) = s0;
            Unsafe.Add(ref y1, at) = s1;
            Unsafe.Add(ref y2, at) = s2;
            Unsafe.Add(ref y3, at) = s3;
        }
    }

    /// <summary>
    /// Turns running sums into means in place: sum / count, with count the clipped window size at each position
    /// (growing at the start, the full window in the middle, shrinking at the end), as in the reference.
    /// </summary>
    private static void DivideByClippedWindow(Span<float> sums, int window)
    {
        int length = sums.Length;
        int half = (window + 2) / 2;
        int growEnd = window - half + 1;
        int slideEnd = length - half + 1;
        int i = 0;
        for (; i < growEnd; i++)
        {
            sums[i] /= i + half;
        }

        if (Vector.IsHardwareAccelerated)
        {
            var divisor = new Vector<float>(window);
            for (; i <= slideEnd - Vector<float>.Count; i += Vector<float>.Count)
            {
                Span<float> chunk = sums.Slice(i, Vector<float>.Count);
                (new Vector<float>(chunk) / divisor).CopyTo(chunk);
            }
        }

        for (; i < slideEnd; i++)
        {
            sums[i] /= window;
        }

        for (; i < length; i++)
        {
            sums[i] /= length - i + window - half;
        }
    }

    private static void Add(Span<float> sums, ReadOnlySpan<float> entering)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(sums);
            ReadOnlySpan<Vector<float>> a = MemoryMarshal.Cast<float, Vector<float>>(entering);
            for (int v = 0; v < s.Length; v++)
            {
                s[v] += a[v];
            }

            i = s.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            sums[i] += entering[i];
        }
    }

    private static void Subtract(Span<float> sums, ReadOnlySpan<float> leaving)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(sums);
            ReadOnlySpan<Vector<float>> b = MemoryMarshal.Cast<float, Vector<float>>(leaving);
            for (int v = 0; v < s.Length; v++)
            {
                s[v] -= b[v];
            }

            i = s.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            sums[i] -= leaving[i];
        }
    }

    private static void AddAndDivide(Span<float> sums, ReadOnlySpan<float> entering, Span<float> output, int count)
    {
        float divisor = count;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var d = new Vector<float>(divisor);
            Span<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(sums);
            ReadOnlySpan<Vector<float>> a = MemoryMarshal.Cast<float, Vector<float>>(entering);
            Span<Vector<float>> o = MemoryMarshal.Cast<float, Vector<float>>(output);
            for (int v = 0; v < s.Length; v++)
            {
                Vector<float> sum = s[v] + a[v];
                s[v] = sum;
                o[v] = sum / d;
            }

            i = s.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            float sum = sums[i] + entering[i];
            sums[i] = sum;
            output[i] = sum / divisor;
        }
    }

    private static void AddSubtractAndDivide(
        Span<float> sums, ReadOnlySpan<float> entering, ReadOnlySpan<float> leaving, Span<float> output, int count)
    {
        float divisor = count;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var d = new Vector<float>(divisor);
            Span<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(sums);
            ReadOnlySpan<Vector<float>> a = MemoryMarshal.Cast<float, Vector<float>>(entering);
            ReadOnlySpan<Vector<float>> b = MemoryMarshal.Cast<float, Vector<float>>(leaving);
            Span<Vector<float>> o = MemoryMarshal.Cast<float, Vector<float>>(output);
            for (int v = 0; v < s.Length; v++)
            {
                // Two roundings, as the reference's `sum += in[ri]; sum -= in[li];`.
                Vector<float> sum = s[v] + a[v];
                sum -= b[v];
                s[v] = sum;
                o[v] = sum / d;
            }

            i = s.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            float sum = sums[i] + entering[i];
            sum -= leaving[i];
            sums[i] = sum;
            output[i] = sum / divisor;
        }
    }

    private static void SubtractAndDivide(Span<float> sums, ReadOnlySpan<float> leaving, Span<float> output, int count)
    {
        float divisor = count;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var d = new Vector<float>(divisor);
            Span<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(sums);
            ReadOnlySpan<Vector<float>> b = MemoryMarshal.Cast<float, Vector<float>>(leaving);
            Span<Vector<float>> o = MemoryMarshal.Cast<float, Vector<float>>(output);
            for (int v = 0; v < s.Length; v++)
            {
                Vector<float> sum = s[v] - b[v];
                s[v] = sum;
                o[v] = sum / d;
            }

            i = s.Length * Vector<float>.Count;
        }

        for (; i < sums.Length; i++)
        {
            float sum = sums[i] - leaving[i];
            sums[i] = sum;
            output[i] = sum / divisor;
        }
    }

    private static void ReturnAndClear(ref float[]? array)
    {
        if (array is not null)
        {
            ArrayPool<float>.Shared.Return(array);
            array = null;
        }
    }
}
