using Mizan.Core.Hashing;

namespace Mizan.Core.Tests.Hashing;

public sealed class PdqHashTests
{
    // bridge-1-original.jpg at full resolution, from expected_full_resolution.tsv.
    private const string Bridge = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public void Parse_ReferenceHash_FormatsBackIdentically()
    {
        var hash = PdqHash.Parse(Bridge);

        Assert.Equal(Bridge, hash.ToString());
        Assert.Equal(0xf8f8f0cee0f4a84fUL, hash.W0);
        Assert.Equal(0x33e6b39c4e9c9b22UL, hash.W3);
    }

    [Fact]
    public void Parse_UpperCase_FormatsAsLowerCase() =>
        Assert.Equal(Bridge, PdqHash.Parse(Bridge.ToUpperInvariant()).ToString());

    [Theory]
    [InlineData("")]                                                                   // empty
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2")]  // 63 characters
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b220")] // 65 characters
    [InlineData("g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]  // 'g' is not hex
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2-")]  // sign character
    [InlineData("0xf8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]  // prefix
    public void Parse_Malformed_ThrowsMalformedHash(string text)
    {
        var error = Assert.Throws<MizanException>(() => PdqHash.Parse(text));

        Assert.Equal(ErrorCodes.MalformedHash, error.ErrorCode);
        Assert.False(PdqHash.TryParse(text, out _));
    }

    [Fact]
    public void FromBits_BitZero_IsLowestBitOfLastHexDigit()
    {
        // Bit k is DCT coefficient (k / 16, k % 16); the last hex digit holds row 0, columns 3..0.
        var bits = new bool[256];
        bits[0] = true;
        bits[255] = true;

        var hash = PdqHash.FromBits(bits);

        Assert.Equal("8" + new string('0', 62) + "1", hash.ToString());
        Assert.True(hash.GetBit(0));
        Assert.True(hash.GetBit(255));
        Assert.False(hash.GetBit(1));
    }

    [Fact]
    public void Distance_FlippedBits_CountsThem()
    {
        var hash = PdqHash.Parse(Bridge);
        var flipped = new PdqHash(hash.W0 ^ 1, hash.W1, hash.W2 ^ (3UL << 40), ~hash.W3);

        Assert.Equal(1 + 2 + 64, PdqHash.Distance(hash, flipped));
        Assert.Equal(0, hash.DistanceTo(hash));
    }
}
