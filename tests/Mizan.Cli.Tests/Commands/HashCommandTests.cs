using System.Security.Cryptography;
using System.Text.Json;
using Mizan.Core.Hashing;
using Mizan.Tests.Shared;

namespace Mizan.Cli.Tests.Commands;

public sealed class HashCommandTests
{
    [Fact]
    public async Task Hash_JsonImage_PrintsAllHashesMatchingCore()
    {
        using var cli = new CliRunner();
        byte[] jpeg = TestImages.Jpeg(320, 240, seed: 1);
        string path = cli.Write("picture.jpg", jpeg);

        var result = await cli.RunAsync("hash", "--json", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.Equal(path, line.GetProperty("path").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(jpeg)), line.GetProperty("sha256").GetString());
#pragma warning disable CA5351 // MD5 is an exchange format here.
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(jpeg)), line.GetProperty("md5").GetString());
#pragma warning restore CA5351
        var expected = PdqImageHasher.Hash(jpeg);
        Assert.Equal(expected.Hash.ToString(), line.GetProperty("pdq").GetString());
        Assert.Equal(expected.Quality, line.GetProperty("pdqQuality").GetInt32());
    }

    [Fact]
    public async Task Hash_JsonPlainFile_HasNoPdqKeys()
    {
        using var cli = new CliRunner();
        string path = cli.Write("notes.txt", "test data\n"u8.ToArray());

        var result = await cli.RunAsync("hash", "--json", path);

        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.Equal(0, result.ExitCode);
        Assert.False(line.TryGetProperty("pdq", out _));
        Assert.False(line.TryGetProperty("pdqQuality", out _));
        Assert.Equal(64, line.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task Hash_PlainSeveralFiles_OneLinePerFile()
    {
        using var cli = new CliRunner();
        string a = cli.Write("a.png", TestImages.Png(100, 80, 2));
        string b = cli.Write("b.bin", [1, 2, 3]);

        var result = await cli.RunAsync("hash", a, b);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        Assert.Contains("pdq=", result.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("pdq=", result.Lines[1], StringComparison.Ordinal);
        Assert.Contains("sha256=039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", result.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hash_MissingAndCorruptFiles_ReportEachAndExit1()
    {
        using var cli = new CliRunner();
        string good = cli.Write("good.bin", [42]);
        string corrupt = cli.Write("broken.jpg", TestImages.Truncate(TestImages.Jpeg(200, 200, 3), 0.3));

        var result = await cli.RunAsync("hash", "--json", good, cli.File("missing.png"), corrupt);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Lines.Length);
        Assert.Contains("missing.png: file not found", result.Error, StringComparison.Ordinal);
        var broken = JsonDocument.Parse(result.Lines[2]).RootElement;
        Assert.Equal(64, broken.GetProperty("sha256").GetString()!.Length);
        Assert.True(broken.TryGetProperty("error", out _));
    }
}
