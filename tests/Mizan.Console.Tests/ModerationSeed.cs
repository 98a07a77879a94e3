using System.Text.Json;
using Mizan.Data.Keys;
using Mizan.Server.Tests;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>
/// Cases to review, made through the real API with keys: a bank with an image and a text entry (test data), an
/// image item whose picture matches (so it has media), and an Arabic text item that quotes the bank's text inside a
/// longer post (so it has a matched span).
/// </summary>
internal static class ModerationSeed
{
    public static Task<Seeded> SeedAsync(MizanAppFactory factory, string prefix, int seed) => SeedAsync(factory.ClientFor, prefix, seed);

    /// <summary>Seeds through clients made by <paramref name="clientFor"/> (a client with a key of the given role).</summary>
    public static async Task<Seeded> SeedAsync(Func<string, HttpClient> clientFor, string prefix, int seed)
    {
        var admin = clientFor(Roles.Admin);
        string bank = prefix + "-bank";
        (await admin.PostJsonAsync("/v1/banks", new { name = bank, description = "test data", autoAction = false })).EnsureSuccessStatusCode();
        byte[] image = TestImages.Jpeg(256, 256, seed);
        var added = await admin.PostFileAsync($"/v1/banks/{bank}/entries", image, "image/jpeg", new Dictionary<string, string> { ["id"] = "known-image", ["labels"] = "test-data" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        string known = TestTexts.Read("news-ar-1.txt");
        var text = await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "known-text", text = known, labels = new[] { "test-data" } });
        Assert.True(text.IsSuccessStatusCode, await text.Content.ReadAsStringAsync());

        var platform = clientFor(Roles.Integration);
        var imageItem = await (await platform.PostFileAsync("/v1/items", image, "image/jpeg", new Dictionary<string, string>
        {
            ["id"] = prefix + "-image", ["type"] = "image", ["language"] = "ar", ["url"] = $"https://platform.example/p/{prefix}-image",
            ["uploaderRef"] = "acct-1001", ["accountType"] = "private", ["caption"] = "تعليق تجريبي (test data caption)", ["accountKind"] = "journalist",
            ["thread"] = "https://platform.example/t/1",
        })).JsonAsync();
        string post = "خبر عاجل: " + known + " المزيد لاحقًا.";
        var textItem = await (await platform.PostJsonAsync("/v1/items", new
        {
            id = prefix + "-text", type = "text", language = "ar", text = post, uploader = new { @ref = "acct-1002", accountType = "private" },
        })).JsonAsync();
        return new Seeded(bank, CaseId(imageItem), CaseId(textItem), known);
    }

    internal static long CaseId(JsonElement item)
    {
        Assert.True(item.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.Number, "no case was opened: " + item);
        return id.GetInt64();
    }
}

/// <summary>What <see cref="ModerationSeed"/> made.</summary>
internal sealed record Seeded(string Bank, long ImageCaseId, long TextCaseId, string KnownText);
