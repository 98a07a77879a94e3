namespace Mizan.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("bank")]
    [InlineData("bank", "create")]
    [InlineData("hash")]
    [InlineData("keys", "create", "--name", "x")]
    [InlineData("keys", "create", "--role", "emperor", "--name", "x")]
    [InlineData("scan", "--no-such-option", "x.jsonl")]
    [InlineData("frobnicate")]
    public async Task Run_BadCommandLine_Exits2WithMessage(params string[] args)
    {
        var result = await CliRunner.RunRawAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mizan --help", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("bank", "import", "--help")]
    [InlineData("scan", "--help")]
    [InlineData("serve", "--help")]
    public async Task Run_Help_Exits0WithUsage(params string[] args)
    {
        var result = await CliRunner.RunRawAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--data", result.Out, StringComparison.Ordinal);
    }
}
