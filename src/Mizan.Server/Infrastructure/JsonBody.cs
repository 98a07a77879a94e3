using System.Text.Json;
using Mizan.Core;

namespace Mizan.Server.Infrastructure;

/// <summary>
/// Reads a JSON request body for endpoints that parse it strictly themselves. The body is checked to be valid
/// UTF-8 first: the JSON reader only notices bad bytes inside a string when the string is read, too late for a
/// clean 400.
/// </summary>
internal static class JsonBody
{
    public static async Task<JsonDocument> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "The body is not valid UTF-8.");
        }

        try
        {
            return JsonDocument.Parse(bytes.ToArray());
        }
        catch (JsonException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"The body is not valid JSON: {ex.Message}", ex);
        }
    }

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the body as <typeparamref name="T"/> (camelCase JSON); bad JSON is an invalid_request problem.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Send application/json.");
        }

        using var doc = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return doc.RootElement.Deserialize<T>(s_options)
                ?? throw new MizanException(ErrorCodes.InvalidRequest, "The body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"The body does not have the expected shape: {ex.Message}", ex);
        }
    }
}
