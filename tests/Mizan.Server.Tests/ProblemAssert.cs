using System.Net;
using System.Text.Json;

namespace Mizan.Server.Tests;

/// <summary>Checks that a response is an RFC 9457 problem with the expected status and errorCode.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(errorCode, root.GetProperty("errorCode").GetString());
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.True(root.TryGetProperty("traceId", out _));
        Assert.StartsWith("urn:mizan:problem:", root.GetProperty("type").GetString(), StringComparison.Ordinal);
        return root;
    }
}
