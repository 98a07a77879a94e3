using System.Net;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features;

/// <summary>Every bad input gets a problem-details error and leaves stored data as it was.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.SmallLimitsFactory>
{
    private const string Bank = "bad-input";
    private readonly SmallLimitsFactory _factory;

    public BadInputTests(SmallLimitsFactory factory)
    {
        _factory = factory;
    }

    public static TheoryData<string, byte[], string, HttpStatusCode, string> BadUploads() => new()
    {
        { "truncated jpeg", TestImages.Truncate(TestImages.Jpeg(400, 300, 3), 0.5), "image/jpeg", HttpStatusCode.UnprocessableEntity, "corrupt_image" },
        { "truncated png", TestImages.Truncate(TestImages.Png(300, 200, 4), 0.4), "image/png", HttpStatusCode.UnprocessableEntity, "corrupt_image" },
        { "text sent as image", "this is not an image, it is test text"u8.ToArray(), "image/jpeg", HttpStatusCode.UnsupportedMediaType, "unsupported_image" },
        { "decompression bomb", TestImages.PngBomb(50_000, 50_000), "image/png", HttpStatusCode.RequestEntityTooLarge, "image_too_large" },
        { "png header only", TestImages.Png(64, 64, 5)[..40], "image/png", HttpStatusCode.UnprocessableEntity, "corrupt_image" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task ScanUpload_BadImage_ReturnsProblem(string what, byte[] file, string contentType, HttpStatusCode status, string errorCode)
    {
        _ = what;
        var response = await _factory.ClientFor("admin").PostFileAsync("/v1/scan", file, contentType);

        await ProblemAssert.IsProblemAsync(response, status, errorCode);
    }

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task AddEntryUpload_BadImage_ReturnsProblemAndStoresNothing(string what, byte[] file, string contentType, HttpStatusCode status, string errorCode)
    {
        var admin = await SeededAdminAsync();
        var response = await admin.PostFileAsync($"/v1/banks/{Bank}/entries", file, contentType, new Dictionary<string, string> { ["id"] = "bad-" + what });

        await ProblemAssert.IsProblemAsync(response, status, errorCode);
        await AssertBankUnchangedAsync(admin);
    }

    public static TheoryData<string, string, string> BadJsonEntries() => new()
    {
        { """{"id": "x", "pdq": "abc"}""", "malformed_hash", "short pdq" },
        { """{"id": "x", "pdq": "zz8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"}""", "malformed_hash", "non-hex pdq" },
        { """{"id": "x", "md5": "0123456789abcdef0123456789abcdef00"}""", "malformed_hash", "long md5" },
        { """{"id": "x", "tmk": "00"}""", "unknown_signal_type", "unknown key" },
        { """{"id": "x", "signal_type": "vpdq", "value": "00"}""", "unknown_signal_type", "unknown signal_type" },
        { """{"id": "x", "pdq": 12}""", "malformed_hash", "number as hash" },
        { """{"id": "x", "pdq": "f8f8""", "invalid_request", "truncated json" },
        { "not json at all", "invalid_request", "not json" },
        { """["a", "b"]""", "invalid_request", "array of strings" },
        { """{"pdq": "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"}""", "invalid_request", "no id" },
        { """{"id": "x"}""", "invalid_request", "no signal" },
        { """{"id": "x", "file": "/etc/passwd"}""", "invalid_request", "server-side path" },
    };

    [Theory]
    [MemberData(nameof(BadJsonEntries))]
    public async Task AddEntryJson_Malformed_ReturnsProblemAndStoresNothing(string json, string errorCode, string what)
    {
        _ = what;
        var admin = await SeededAdminAsync();

        var response = await admin.PostRawJsonAsync($"/v1/banks/{Bank}/entries", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, errorCode);
        await AssertBankUnchangedAsync(admin);
    }

    [Theory]
    [InlineData("""{"pdq": "abc"}""", "malformed_hash")]
    [InlineData("""{"md5": "xyz"}""", "malformed_hash")]
    [InlineData("""{"tmk": "00"}""", "unknown_signal_type")]
    [InlineData("""{"photodna": "00"}""", "unknown_signal_type")]
    [InlineData("""{"pdq": """, "invalid_request")]
    [InlineData("""{}""", "invalid_request")]
    [InlineData("""{"sha256": "e3b0", "dihedral": "yes"}""", "malformed_hash")]
    public async Task ScanJson_Malformed_Returns400Problem(string json, string errorCode)
    {
        var response = await _factory.ClientFor("admin").PostRawJsonAsync("/v1/scan", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task Scan_InvalidUtf8Body_Returns400Problem()
    {
        var content = new ByteArrayContent([0x7B, 0x22, 0x70, 0x64, 0x71, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        content.Headers.ContentType = new("application/json");

        var response = await _factory.ClientFor("admin").PostAsync("/v1/scan", content, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task AddEntry_BodyOverLimit_Returns413ProblemAndStoresNothing()
    {
        var admin = await SeededAdminAsync();
        string big = $$"""{"id": "big", "md5": "{{new string('a', 32)}}", "source": "{{new string('x', SmallLimitsFactory.MaxRequestBytes)}}"}""";

        var response = await admin.PostRawJsonAsync($"/v1/banks/{Bank}/entries", big);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await AssertBankUnchangedAsync(admin);
    }

    [Fact]
    public async Task ScanUpload_ChunkedBodyOverLimit_Returns413Problem()
    {
        var stream = new StreamContent(new MemoryStream(new byte[SmallLimitsFactory.MaxRequestBytes * 2]));
        stream.Headers.ContentType = new("application/octet-stream");
        var form = new MultipartFormDataContent { { stream, "file", "big.bin" } };
        form.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scan") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        var response = await _factory.ClientFor("admin").SendAsync(request, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    private async Task<HttpClient> SeededAdminAsync()
    {
        var admin = _factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = Bank });
        await admin.PostJsonAsync($"/v1/banks/{Bank}/entries", new { id = "good", md5 = new string('b', 32) });
        return admin;
    }

    private static async Task AssertBankUnchangedAsync(HttpClient admin)
    {
        var entries = await (await admin.GetPathAsync($"/v1/banks/{Bank}/entries")).JsonAsync();
        var only = Assert.Single(entries.GetProperty("items").EnumerateArray());
        Assert.Equal("good", only.GetProperty("id").GetString());
        var health = await admin.GetPathAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>The app with a small body limit (64 KiB) and a small pixel limit (4 MP).</summary>
    public sealed class SmallLimitsFactory : MizanAppFactory
    {
        public const int MaxRequestBytes = 64 * 1024;

        public SmallLimitsFactory()
        {
            Settings["Limits:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["Limits:MaxImagePixels"] = "4000000";
        }
    }
}
