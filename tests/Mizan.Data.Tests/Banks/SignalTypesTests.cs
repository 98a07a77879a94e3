using Mizan.Core;
using Mizan.Data.Banks;

namespace Mizan.Data.Tests.Banks;

public sealed class SignalTypesTests
{
    [Theory]
    [InlineData("md5", "D41D8CD98F00B204E9800998ECF8427E", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("md5", "  d41d8cd98f00b204e9800998ecf8427e ", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("sha256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("pdq", "F8F8F0CEE0F4A84F06370A22038F63F0B36E2ED596621E1D33E6B39C4E9C9B22", "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]
    public void Canonicalize_ValidHex_IsLowerCaseTrimmed(string type, string value, string expected) =>
        Assert.Equal(expected, SignalTypes.Canonicalize(type, value));

    [Theory]
    [InlineData("md5", "")]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427")]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427e0")]
    [InlineData("md5", "g41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("sha256", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("pdq", "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2")]
    [InlineData("pdq", "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2x")]
    [InlineData("pdq", "0x8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]
    public void Canonicalize_MalformedHex_ThrowsMalformedHash(string type, string value)
    {
        var ex = Assert.Throws<MizanException>(() => SignalTypes.Canonicalize(type, value));
        Assert.Equal(ErrorCodes.MalformedHash, ex.ErrorCode);
    }

    [Theory]
    [InlineData("tmk")]
    [InlineData("PDQ")]
    [InlineData("")]
    public void Canonicalize_UnknownType_ThrowsUnknownSignalType(string type)
    {
        var ex = Assert.Throws<MizanException>(() => SignalTypes.Canonicalize(type, "00"));
        Assert.Equal(ErrorCodes.UnknownSignalType, ex.ErrorCode);
    }
}
