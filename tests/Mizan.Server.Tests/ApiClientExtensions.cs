using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mizan.Server.Tests;

/// <summary>Small helpers for calling the API in tests.</summary>
internal static class ApiClientExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostFileAsync(
        this HttpClient client, string path, byte[] file, string contentType, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", "upload.bin");
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return client.PostAsync(path, form, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static async Task<JsonElement> ScanAsync(this HttpClient client, object body) =>
        await (await client.PostJsonAsync("/v1/scan", body)).JsonAsync();

    /// <summary>The hex hash with the lowest <paramref name="bits"/> bits inverted.</summary>
    public static string FlipBits(string pdqHex, int bits)
    {
        var hash = Mizan.Core.Hashing.PdqHash.Parse(pdqHex);
        Span<bool> b = stackalloc bool[256];
        for (int k = 0; k < 256; k++)
        {
            b[k] = hash.GetBit(k) ^ (k < bits);
        }

        return Mizan.Core.Hashing.PdqHash.FromBits(b).ToString();
    }
}
