using Mizan.Core.Text.Background;

namespace Mizan.Core.Tests.Text.Background;

public sealed class QuotationKeysTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void LetterHash_EveryWindow_EqualsTheRollingWindow(int length)
    {
        var random = new Random(length);
        char[] letters = new char[200];
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)random.Next(0x0621, 0x064B);
        }

        var window = new QuotationKeys.LetterWindow(length);
        for (int i = 0; i < letters.Length; i++)
        {
            window.Push(letters[i]);
            if (i >= length - 1)
            {
                Assert.Equal(window.Hash, QuotationKeys.LetterHash(letters.AsSpan(i - length + 1, length)));
            }
        }
    }

    [Fact]
    public void GramHash_WordOrder_Matters()
    {
        Assert.NotEqual(QuotationKeys.GramHash(1, 2, 3, 4), QuotationKeys.GramHash(2, 1, 3, 4));
        Assert.NotEqual(QuotationKeys.GramHash(1, 2, 3, 4), QuotationKeys.GramHash(1, 2, 4, 3));
        Assert.Equal(QuotationKeys.GramHash(1, 2, 3, 4), QuotationKeys.GramHash(1, 2, 3, 4));
    }
}
