using System.Runtime.InteropServices;

namespace Mizan.Core.Indexing;

/// <summary>
/// A fixed-length column of <typeparamref name="T"/> in unmanaged memory, 64-byte aligned, and on Linux backed by
/// transparent huge pages when the system allows it (<see cref="HugePages"/>). Freed by the finalizer once no
/// snapshot of the index refers to it, or by <see cref="Dispose"/> if it was never published.
/// </summary>
/// <remarks>
/// Why not a managed array: a search is a few thousand random reads into gigabytes, and with 4 KiB pages almost
/// every one also misses the TLB; the GC offers no way to ask for huge pages, and madvise on a managed array's
/// range did not get them either (the GC has already touched the memory). PdqHugePagesBenchmarks, 2026-11-28,
/// 2-vCPU AMD EPYC KVM guest with THP "madvise", 10M hashes, radius 31: 263 µs a lookup on huge pages against
/// 596 µs without (the machine was shared and loaded; builds took 18 s and 12 s: fresh huge pages cost more to
/// fault in). Readers hold the owning snapshot alive (<see cref="GC.KeepAlive"/>) while they use the memory.
/// </remarks>
internal sealed unsafe class NativeColumn<T> : IDisposable
    where T : unmanaged
{
    private const nuint CacheLine = 64;

    private T* _items;
    private readonly long _bytes;

    /// <summary>Allocates <paramref name="length"/> uninitialised items.</summary>
    public NativeColumn(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        nuint bytes = ((nuint)Math.Max(1L, (long)length * sizeof(T)) + CacheLine - 1) & ~(CacheLine - 1);
        if (bytes >= HugePages.Size)
        {
            // Huge pages for the whole 2 MiB pages only: a column of 2^k + 1 ints must not cost a page for 4 bytes.
            _items = (T*)NativeMemory.AlignedAlloc(bytes, HugePages.Size);
            HugePages.Advise(_items, bytes & ~(HugePages.Size - 1));
        }
        else
        {
            _items = (T*)NativeMemory.AlignedAlloc(bytes, CacheLine);
        }

        _bytes = (long)bytes;
        Length = length;
        GC.AddMemoryPressure(_bytes);
    }

    ~NativeColumn() => Free();

    public int Length { get; }

    /// <summary>Bytes allocated, including rounding up to a whole cache line.</summary>
    public long Bytes => _bytes;

    /// <summary>The items; valid while this object is reachable.</summary>
    public Span<T> Span => new(_items, Length);

    /// <summary>First item; unchecked access for hot loops, valid while this object is reachable.</summary>
    public T* Items => _items;

    /// <summary>Frees the memory now; only for a column no reader can be using (never published).</summary>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_items is not null)
        {
            NativeMemory.AlignedFree(_items);
            _items = null;
            GC.RemoveMemoryPressure(_bytes);
        }
    }
}
