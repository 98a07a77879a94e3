using System.Runtime.InteropServices;

namespace Mizan.Core.Indexing;

/// <summary>Asks Linux for transparent huge pages on a range of memory (advice only; ignored elsewhere).</summary>
internal static unsafe partial class HugePages
{
    /// <summary>x86-64 and arm64 (4 KiB base pages) PMD size.</summary>
    public const nuint Size = 2 << 20;

    private const int MadviseHugePage = 14; // MADV_HUGEPAGE, include/uapi/asm-generic/mman-common.h

    private static bool s_supported = OperatingSystem.IsLinux();

    /// <summary>Whether to ask for huge pages at all (for measurements; on by default).</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>
    /// madvise(MADV_HUGEPAGE) on [<paramref name="address"/>, +<paramref name="length"/>), both 2 MiB aligned,
    /// before first touch. With /sys/kernel/mm/transparent_hugepage/enabled at "madvise" (a common default)
    /// this is what gets huge pages; at "always" it is redundant, at "never" it has no effect.
    /// </summary>
    public static void Advise(void* address, nuint length)
    {
        if (!s_supported || !Enabled)
        {
            return;
        }

        try
        {
            _ = Madvise(address, length, MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_supported = false;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
