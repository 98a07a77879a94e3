using Mizan.Core;
using Mizan.Data.Banks;

namespace Mizan.Data.Tests.Banks;

public sealed class EntryLineParserTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task ParseLine_KeyPerSignal_ReadsEverything()
    {
        var entry = await EntryLineParser.ParseLineAsync(
            $$"""{"labels": ["a", "b"], "quality": 90, "pdq": "{{Pdq.ToUpperInvariant()}}", "id": "x1", "md5": "d41d8cd98f00b204e9800998ecf8427e", "source": "test"}""",
            null, CancellationToken.None);

        Assert.NotNull(entry);
        Assert.Equal("x1", entry.ExternalId);
        Assert.Equal(["a", "b"], entry.Labels);
        Assert.Equal("test", entry.Source);
        Assert.Equal([new SignalValue("pdq", Pdq, 90), new SignalValue("md5", "d41d8cd98f00b204e9800998ecf8427e")], entry.Signals);
    }

    [Fact]
    public async Task ParseLine_HashSharingForm_ReadsSignalTypeAndValue()
    {
        var entry = await EntryLineParser.ParseLineAsync($$"""{"id": 17, "signal_type": "PDQ", "value": "{{Pdq}}"}""", null, CancellationToken.None);

        Assert.Equal("17", entry!.ExternalId);
        Assert.Equal([new SignalValue("pdq", Pdq)], entry.Signals);
    }

    [Fact]
    public async Task ParseLine_RetractedAtSource_IsSkipped()
    {
        var entry = await EntryLineParser.ParseLineAsync($$"""{"id": "r", "pdq": "{{Pdq}}", "retracted": true, "retractedReason": "x"}""", null, CancellationToken.None);

        Assert.Null(entry);
    }

    [Theory]
    [InlineData("""{"id": "x"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"md5": "d41d8cd98f00b204e9800998ecf8427e"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "", "md5": "d41d8cd98f00b204e9800998ecf8427e"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "md5": "d41d8cd98f00b204e9800998ecf8427e", "labels": "one"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "md5": "d41d8cd98f00b204e9800998ecf8427e", "labels": [1]}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "signal_type": "md5"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "signal_type": "photodna", "value": "00"}""", ErrorCodes.UnknownSignalType)]
    [InlineData("""{"id": "x", "vpdq": "00"}""", ErrorCodes.UnknownSignalType)]
    [InlineData("""{"id": "x", "md5": "d41d8cd98f00b204e9800998ecf8427e", "signal_type": "md5", "value": "00000000000000000000000000000000"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "file": "a.png"}""", ErrorCodes.InvalidRequest)]
    [InlineData("""[1]""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"id": "x", "md5": "d41d8cd98f00b204e9800998ecf8427e", "quality": 101}""", ErrorCodes.InvalidRequest)]
    public async Task ParseLine_Invalid_ThrowsWithCode(string line, string errorCode)
    {
        var ex = await Assert.ThrowsAsync<MizanException>(() => EntryLineParser.ParseLineAsync(line, null, CancellationToken.None));

        Assert.Equal(errorCode, ex.ErrorCode);
    }

    [Fact]
    public async Task ParseLine_TooManyLabels_IsRefused()
    {
        string labels = string.Join(", ", Enumerable.Range(0, 33).Select(i => $"\"l{i}\""));

        var ex = await Assert.ThrowsAsync<MizanException>(() =>
            EntryLineParser.ParseLineAsync($$"""{"id": "x", "md5": "d41d8cd98f00b204e9800998ecf8427e", "labels": [{{labels}}]}""", null, CancellationToken.None));

        Assert.Contains("32 labels", ex.Message, StringComparison.Ordinal);
    }
}
