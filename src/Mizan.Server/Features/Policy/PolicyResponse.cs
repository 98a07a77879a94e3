using System.Text.Json;

namespace Mizan.Server.Features.Policy;

/// <summary>The policy in force and its version (0: the built-in default).</summary>
internal sealed record PolicyResponse(int Version, JsonElement Policy);
