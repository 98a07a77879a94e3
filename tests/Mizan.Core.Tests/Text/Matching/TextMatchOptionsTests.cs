using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class TextMatchOptionsTests
{
    [Fact]
    public void Validate_Defaults_Passes()
    {
        TextMatchOptions options = TextMatchOptions.Default;

        options.Validate();

        Assert.Equal(25, options.Bands);
        Assert.Equal(5, options.RowsPerBand);
        Assert.Equal(128, options.SignatureSize);
    }

    public static TheoryData<string> InvalidOptions => ["bands", "rows", "k", "pow2", "shingle", "passage", "floor", "words", "wordBands", "scheme"];

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_OutOfRange_Throws(string which)
    {
        TextMatchOptions options = which switch
        {
            "bands" => new TextMatchOptions { Bands = 30 }, // 30 × 5 > 128
            "rows" => new TextMatchOptions { RowsPerBand = 0 },
            "k" => new TextMatchOptions { SignatureSize = 0 },
            "pow2" => new TextMatchOptions { SignatureSize = 100, Bands = 20, WordSetBands = 12 },
            "shingle" => new TextMatchOptions { ShingleSize = 9 },
            "passage" => new TextMatchOptions { PassageWords = 1 },
            "floor" => new TextMatchOptions { MinSimilarityFloor = 0 },
            "words" => new TextMatchOptions { MinRemainingWords = 0 },
            "wordBands" => new TextMatchOptions { WordSetBands = 17 }, // 17 × 8 > 128
            _ => new TextMatchOptions { Scheme = (MinHashScheme)7 },
        };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void Validate_ClassicWithNonPowerOfTwoSlots_Passes()
    {
        new TextMatchOptions { Scheme = MinHashScheme.Classic, SignatureSize = 100, Bands = 20, WordSetBands = 12 }.Validate();
    }
}
