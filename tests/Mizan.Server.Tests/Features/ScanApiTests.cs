using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features;

public sealed class ScanApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "9c151c3af838278e3ef57c180c7d031c07aefd12f2ccc1e18f2a1e1c7d0ff163";

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(31, true)]
    [InlineData(32, false)]
    [InlineData(64, false)]
    public async Task ScanPdq_AtDistance_MatchesWithinThirtyOne(int distance, bool matches)
    {
        var admin = factory.ClientFor("admin");
        string bank = $"dist-{distance}";
        await admin.PostJsonAsync("/v1/banks", new { name = bank });
        string stored = ApiClientExtensions.FlipBits(Pdq, 128 + distance);
        await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "known", pdq = stored, labels = new[] { "test-data" } });
        string query = ApiClientExtensions.FlipBits(stored, distance);

        var result = await factory.ClientFor("integration").ScanAsync(new { id = "q", pdq = query });

        var hits = result.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("bank").GetString() == bank).ToList();
        if (matches)
        {
            var hit = Assert.Single(hits);
            Assert.Equal("known", hit.GetProperty("entry").GetString());
            Assert.Equal("pdq", hit.GetProperty("signal").GetString());
            Assert.Equal(distance, hit.GetProperty("distance").GetInt32());
            Assert.Equal("test-data", hit.GetProperty("labels")[0].GetString());
        }
        else
        {
            Assert.Empty(hits);
        }

        Assert.Equal("q", result.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ScanExact_Md5AndSha256_MatchAtDistanceZero()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "exact-test" });
        string md5 = new('1', 32), sha = new('2', 64);
        await admin.PostJsonAsync("/v1/banks/exact-test/entries", new { id = "m", md5 });
        await admin.PostJsonAsync("/v1/banks/exact-test/entries", new { id = "s", signal_type = "SHA256", value = sha.ToUpperInvariant() });

        var byMd5 = await admin.ScanAsync(new { md5 = md5.ToUpperInvariant() });
        var bySha = await admin.ScanAsync(new { sha256 = sha });
        var neither = await admin.ScanAsync(new { md5 = new string('3', 32) });

        var m = Assert.Single(byMd5.GetProperty("matches").EnumerateArray());
        Assert.Equal(("m", "md5", 0), (m.GetProperty("entry").GetString(), m.GetProperty("signal").GetString(), m.GetProperty("distance").GetInt32()));
        var s = Assert.Single(bySha.GetProperty("matches").EnumerateArray());
        Assert.Equal(("s", "sha256"), (s.GetProperty("entry").GetString(), s.GetProperty("signal").GetString()));
        Assert.Empty(neither.GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task ScanUpload_ReencodedImage_MatchesByPdqAndExactCopyBySha256()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "upload-test" });
        byte[] original = TestImages.Jpeg(640, 480, seed: 7);
        var added = await admin.PostFileAsync("/v1/banks/upload-test/entries", original, "image/jpeg", new Dictionary<string, string> { ["id"] = "img1", ["labels"] = "test-data, synthetic" });
        var addedJson = await added.JsonAsync();
        Assert.Equal(3, addedJson.GetProperty("added").GetInt32());

        var exact = await (await admin.PostFileAsync("/v1/scan", original, "image/jpeg")).JsonAsync();
        var reencoded = await (await admin.PostFileAsync("/v1/scan", TestImages.Reencode(original, 60), "image/jpeg")).JsonAsync();

        var exactSignals = exact.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("signal").GetString()).Order().ToList();
        Assert.Equal(["md5", "pdq", "sha256"], exactSignals);
        Assert.True(exact.GetProperty("pdqQuality").GetInt32() >= 50);
        var hit = Assert.Single(reencoded.GetProperty("matches").EnumerateArray());
        Assert.Equal("pdq", hit.GetProperty("signal").GetString());
        Assert.InRange(hit.GetProperty("distance").GetInt32(), 0, 31);
        Assert.Equal(["test-data", "synthetic"], hit.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task ScanUpload_RotatedImage_MatchesOnlyWithDihedralAndNamesTransform()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "dihedral-test" });
        byte[] original = TestImages.Png(500, 400, seed: 11);
        await admin.PostFileAsync("/v1/banks/dihedral-test/entries", original, "image/png", new Dictionary<string, string> { ["id"] = "rot" });
        byte[] rotated = TestImages.Rotate90CounterClockwise(original);

        var plain = await (await admin.PostFileAsync("/v1/scan", rotated, "image/png")).JsonAsync();
        var dihedral = await (await admin.PostFileAsync("/v1/scan", rotated, "image/png", new Dictionary<string, string> { ["dihedral"] = "true" })).JsonAsync();

        Assert.DoesNotContain(plain.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entry").GetString() == "rot");
        var hit = Assert.Single(dihedral.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entry").GetString() == "rot");
        Assert.InRange(hit.GetProperty("distance").GetInt32(), 0, 31);
        Assert.StartsWith("rot", hit.GetProperty("transform").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanUpload_FlatImage_IsHashedButNotMatchedByPdq()
    {
        var admin = factory.ClientFor("admin");
        byte[] flat = TestImages.Flat(200, 200);

        var result = await (await admin.PostFileAsync("/v1/scan", flat, "image/png")).JsonAsync();

        Assert.True(result.GetProperty("pdqQuality").GetInt32() < 50);
        Assert.Equal(64, result.GetProperty("pdq").GetString()!.Length);
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("not matched by PDQ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanUpload_PlainFile_MatchesBySha256()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "file-test" });
        byte[] file = System.Text.Encoding.UTF8.GetBytes("test data: a benign document stand-in\n");
        await admin.PostFileAsync("/v1/banks/file-test/entries", file, "application/octet-stream", new Dictionary<string, string> { ["id"] = "doc" });

        var result = await (await admin.PostFileAsync("/v1/scan", file, "application/octet-stream")).JsonAsync();

        Assert.False(result.TryGetProperty("pdq", out _));
        Assert.Equal(["md5", "sha256"], result.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("signal").GetString()).Order());
    }

    [Fact]
    public async Task ScanPdq_DisabledOrUnknownBankEntriesNeverMatch_AfterRestartIndexIsReloaded()
    {
        // The index is rebuilt in bulk from the store at start: a second app on the same data sees the entry.
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "reload-test" });
        string pdq = ApiClientExtensions.FlipBits(Pdq, 200);
        await admin.PostJsonAsync("/v1/banks/reload-test/entries", new { id = "persist", pdq });

        using var second = factory.CreateNodeOnSameStore();
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.KeyFor("admin"));
        var result = await client.ScanAsync(new { pdq });

        Assert.Contains(result.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entry").GetString() == "persist");
    }
}
