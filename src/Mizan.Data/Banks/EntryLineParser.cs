using System.Text.Json;
using Mizan.Core;
using Mizan.Core.Signals;

namespace Mizan.Data.Banks;

/// <summary>
/// Reads one bank entry from a JSON object, the shape of a line of <c>mizan bank import</c> and of
/// <c>POST /v1/banks/{name}/entries</c>: <c>{"id": "...", "pdq" | "md5" | "sha256": "hex", "labels": [...],
/// "source": "..."}</c>, or the hash-sharing form <c>{"id", "signal_type", "value"}</c>, or (CLI only)
/// <c>"file": "path"</c>, hashed on import.
/// </summary>
public static class EntryLineParser
{
    /// <summary>Field names understood besides the signal types.</summary>
    private static readonly HashSet<string> s_metaFields =
        new(["id", "labels", "source", "file", "signal_type", "value", "retracted", "retractedReason", "quality", "scope"], StringComparer.Ordinal);

    /// <summary>
    /// Parses a JSON text line; <see cref="ErrorCodes.InvalidRequest"/> when it is not a JSON object. Returns null
    /// for a line marked <c>"retracted": true</c> (an export that included retracted entries): it is not imported.
    /// </summary>
    public static async Task<EntryInput?> ParseLineAsync(
        string line, Func<string, CancellationToken, Task<FileSignals>>? hashFile, CancellationToken cancellationToken)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"Not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            if (IsRetractedLine(doc.RootElement))
            {
                return null;
            }

            return await ParseAsync(doc.RootElement, hashFile, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Parses an entry object. <paramref name="hashFile"/> resolves <c>"file"</c>; when null, a <c>"file"</c>
    /// field is refused (the server never reads paths a client names).
    /// </summary>
    public static async Task<EntryInput> ParseAsync(
        JsonElement element, Func<string, CancellationToken, Task<FileSignals>>? hashFile, CancellationToken cancellationToken)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "An entry must be a JSON object such as {\"id\": \"e1\", \"pdq\": \"<64 hex>\"}.");
        }

        string? id = null;
        string? source = null;
        string? file = null;
        string? signalType = null;
        string? value = null;
        int? quality = null;
        string? scope = null;
        var labels = new List<string>();
        var signals = new List<SignalValue>();
        foreach (var property in element.EnumerateObject())
        {
            string name = property.Name;
            switch (name)
            {
                case "id":
                    id = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        _ => throw new MizanException(ErrorCodes.InvalidRequest, "\"id\" must be a string."),
                    };
                    break;
                case "labels":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw new MizanException(ErrorCodes.InvalidRequest, "\"labels\" must be an array of strings.");
                    }

                    foreach (var label in property.Value.EnumerateArray())
                    {
                        labels.Add(label.ValueKind == JsonValueKind.String
                            ? label.GetString()!
                            : throw new MizanException(ErrorCodes.InvalidRequest, "\"labels\" must be an array of strings."));
                    }

                    break;
                case "source":
                    source = StringOrNull(property);
                    if (source is { Length: > 500 })
                    {
                        throw new MizanException(ErrorCodes.InvalidRequest, "\"source\" may be at most 500 characters.");
                    }

                    break;
                case "file":
                    file = StringOrNull(property);
                    break;
                case "signal_type":
                    signalType = StringOrNull(property);
                    break;
                case "value":
                    value = StringOrNull(property);
                    break;
                case "quality":
                    quality = property.Value.TryGetInt32(out int q) && q is >= 0 and <= 100
                        ? q
                        : throw new MizanException(ErrorCodes.InvalidRequest, "\"quality\" must be an integer 0-100.");
                    break;
                case "scope":
                    scope = StringOrNull(property);
                    UrlScopes.Parse(scope);
                    break;
                case "retracted" or "retractedReason":
                    break;
                default:
                    if (!SignalTypes.IsKnown(name))
                    {
                        throw new MizanException(
                            ErrorCodes.UnknownSignalType,
                            $"Unknown signal type or field \"{name}\". Signal types: {string.Join(", ", SignalTypes.All)}; other fields: id, labels, source, file.");
                    }

                    string raw = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : throw new MizanException(
                            name is SignalTypes.Text or SignalTypes.Url ? ErrorCodes.InvalidRequest : ErrorCodes.MalformedHash,
                            $"\"{name}\" must be a string.");
                    signals.Add(MakeSignal(name, raw));
                    break;
            }
        }

        BankNames.ValidateEntryId(id);
        BankNames.ValidateLabels(labels);
        if (signalType is not null || value is not null)
        {
            if (signalType is null || value is null)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"signal_type\" and \"value\" go together.");
            }

            string type = signalType.ToLowerInvariant();
            if (!SignalTypes.IsKnown(type))
            {
                throw SignalTypes.UnknownType(signalType);
            }

            signals.Add(MakeSignal(type, value));
        }

        if (scope is not null)
        {
            if (!signals.Exists(sv => sv.Type == SignalTypes.Url))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"scope\" applies to URL entries only.");
            }

            for (int i = 0; i < signals.Count; i++)
            {
                if (signals[i].Type == SignalTypes.Url)
                {
                    signals[i] = signals[i] with { Scope = scope };
                }
            }
        }

        if (quality is not null)
        {
            // "quality" describes the given PDQ hash, wherever it stands in the object.
            for (int i = 0; i < signals.Count; i++)
            {
                if (signals[i].Type == SignalTypes.Pdq)
                {
                    signals[i] = signals[i] with { Quality = quality };
                }
            }
        }

        if (file is not null)
        {
            if (hashFile is null)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"file\" is only read by the command line; upload the file as multipart/form-data instead.");
            }

            var fileSignals = await hashFile(file, cancellationToken).ConfigureAwait(false);
            signals.AddRange(EntryInputs.FromFile(id!, fileSignals, labels, source).Signals);
        }

        if (signals.Count == 0)
        {
            throw new MizanException(
                ErrorCodes.InvalidRequest,
                $"Entry '{id}' has no signal: give one of {string.Join(", ", SignalTypes.All)}, or \"file\".");
        }

        // The same signal twice in one entry with different values cannot be stored under one id.
        for (int i = 0; i < signals.Count; i++)
        {
            for (int j = i + 1; j < signals.Count; j++)
            {
                if (signals[i].Type == signals[j].Type && signals[i].Value != signals[j].Value)
                {
                    throw new MizanException(ErrorCodes.InvalidRequest, $"Entry '{id}' gives two different {signals[i].Type} values.");
                }
            }
        }

        return new EntryInput(id!, signals.DistinctBy(s => s.Type).ToList(), labels, source);
    }

    /// <summary>Whether a line says the entry was retracted at its source (exports may include such lines).</summary>
    public static bool IsRetractedLine(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("retracted", out var r) && r.ValueKind == JsonValueKind.True;

    private static SignalValue MakeSignal(string type, string raw) => type == SignalTypes.Text
        ? EntryInputs.TextSignal(raw)
        : new SignalValue(type, SignalTypes.Canonicalize(type, raw));

    private static string? StringOrNull(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new MizanException(ErrorCodes.InvalidRequest, $"\"{property.Name}\" must be a string."),
    };
}
