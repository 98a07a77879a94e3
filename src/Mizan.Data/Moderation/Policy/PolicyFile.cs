using Mizan.Core;

namespace Mizan.Data.Moderation.Policy;

/// <summary>
/// The policy named by <c>Policy:File</c>, read and validated when the server is built so that an invalid file
/// stops the start with a message naming the file and the setting; applied to the store at start-up.
/// </summary>
public sealed class PolicyFile
{
    private PolicyFile(string? path, ModerationPolicy? policy)
    {
        Path = path;
        Policy = policy;
    }

    /// <summary>The file's path, or null when none is configured.</summary>
    public string? Path { get; }

    /// <summary>The validated policy, or null when no file is configured.</summary>
    public ModerationPolicy? Policy { get; }

    /// <summary>Reads and validates the file; throws <see cref="InvalidOperationException"/> with a clear message.</summary>
    public static PolicyFile Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new PolicyFile(null, null);
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Policy:File '{path}' cannot be read: {ex.Message}", ex);
        }

        try
        {
            return new PolicyFile(path, ModerationPolicy.Parse(json));
        }
        catch (MizanException ex)
        {
            throw new InvalidOperationException($"Policy:File '{path}' is invalid. {ex.Message}", ex);
        }
    }
}
