using Mizan.Core.Text.Normalization;

namespace Mizan.Core.Tests.Text.Normalization;

public sealed class UnicodeSelfTestTests
{
    [Fact]
    public void Verify_RuntimeNormaliser_Passes()
    {
        UnicodeSelfTest.Verify(static (text, form) => text.Normalize(form));
    }

    [Fact]
    public void Verify_NoOpNormaliser_ThrowsWithFix()
    {
        // What string.Normalize does under invariant globalization: returns its input.
        var error = Assert.Throws<InvalidOperationException>(() => UnicodeSelfTest.Verify(static (text, _) => text));

        Assert.Contains("U+FEFB", error.Message, StringComparison.Ordinal);
        Assert.Contains("ICU", error.Message, StringComparison.Ordinal);
        Assert.Contains("InvariantGlobalization", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NormaliserMissingSupplementaryPlane_Throws()
    {
        // Works everywhere except on U+1EE00 (Arabic mathematical alef).
        Assert.Throws<InvalidOperationException>(() => UnicodeSelfTest.Verify(static (text, form) =>
            text.StartsWith("\U0001EE00", StringComparison.Ordinal) ? text : text.Normalize(form)));
    }

    [Fact]
    public void Verify_NormaliserThatThrows_ThrowsInvalidOperation()
    {
        var error = Assert.Throws<InvalidOperationException>(() => UnicodeSelfTest.Verify(
            static (_, _) => throw new PlatformNotSupportedException("no ICU")));

        Assert.IsType<PlatformNotSupportedException>(error.InnerException);
    }

    [Fact]
    public void Build_NoOpNormaliser_RefusesToBuildTheFoldTable()
    {
        Assert.Throws<InvalidOperationException>(() => MatchFoldTable.Build(static (text, _) => text));
    }

    [Fact]
    public void Instance_RuntimeNormaliser_ChangesThousandsOfCodePoints()
    {
        MatchFoldTable table = MatchFoldTable.Instance;

        Assert.InRange(table.ChangedCount, 10_000, 100_000);
        Assert.True(table.Deletes('\u200B'));
        Assert.False(table.Deletes('a'));
    }
}
