using System.Text.Json;
using Mizan.Core;
using Mizan.Data.Banks;

namespace Mizan.Data.Matching;

/// <summary>
/// Reads one scan item, the body of <c>POST /v1/scan</c> or a line of <c>mizan scan</c>:
/// <c>{"id": "...", "pdq" | "md5" | "sha256": "hex", "dihedral": false}</c>, or (command line only)
/// <c>"file": "path"</c>. Unknown fields are refused so a misspelt signal type is never silently ignored.
/// </summary>
public static class ScanItemParser
{
    /// <summary>Parses an item. <paramref name="allowFile"/> permits <c>"file"</c>, whose path the caller hashes.</summary>
    public static ScanItem Parse(JsonElement root, bool allowFile)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A scan item must be a JSON object such as {\"pdq\": \"<64 hex>\"}.");
        }

        string? id = null, pdq = null, md5 = null, sha256 = null, file = null, text = null, url = null;
        bool? dihedral = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    break;
                case SignalTypes.Pdq:
                    pdq = SignalTypes.Canonicalize(SignalTypes.Pdq, Text(property));
                    break;
                case SignalTypes.Md5:
                    md5 = SignalTypes.Canonicalize(SignalTypes.Md5, Text(property));
                    break;
                case SignalTypes.Sha256:
                    sha256 = SignalTypes.Canonicalize(SignalTypes.Sha256, Text(property));
                    break;
                case SignalTypes.Text:
                    text = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw new MizanException(ErrorCodes.InvalidRequest, "\"text\" must be a string.");
                    SignalTypes.TextValue(text);
                    break;
                case SignalTypes.Url:
                    url = property.Value.ValueKind == JsonValueKind.String
                        ? SignalTypes.Canonicalize(SignalTypes.Url, property.Value.GetString())
                        : throw new MizanException(ErrorCodes.InvalidRequest, "\"url\" must be a string.");
                    break;
                case "file" when allowFile:
                    file = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw new MizanException(ErrorCodes.InvalidRequest, "\"file\" must be a path.");
                    break;
                case "dihedral":
                    dihedral = property.Value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new MizanException(ErrorCodes.InvalidRequest, "\"dihedral\" must be true or false."),
                    };
                    break;
                case "file":
                    throw new MizanException(ErrorCodes.InvalidRequest, "\"file\" is only read by the command line; upload the file as multipart/form-data instead.");
                default:
                    throw new MizanException(
                        ErrorCodes.UnknownSignalType,
                        $"Unknown signal type or field \"{property.Name}\". Signal types: {string.Join(", ", SignalTypes.All)}; other fields: id, dihedral{(allowFile ? ", file" : "")}.");
            }
        }

        if (pdq is null && md5 is null && sha256 is null && file is null && text is null && url is null)
        {
            throw new MizanException(
                ErrorCodes.InvalidRequest,
                $"Nothing to scan: give one of {string.Join(", ", SignalTypes.All)}{(allowFile ? " or \"file\"" : "")}.");
        }

        return new ScanItem(id, file, pdq, md5, sha256, dihedral) { Text = text, Url = url };
    }

    private static string Text(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw new MizanException(ErrorCodes.MalformedHash, $"\"{property.Name}\" must be a string of hex characters.");
}
