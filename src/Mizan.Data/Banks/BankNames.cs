using System.Text.RegularExpressions;
using Mizan.Core;

namespace Mizan.Data.Banks;

/// <summary>Validation of bank names and entry ids, which appear in URLs and file names.</summary>
public static partial class BankNames
{
    /// <summary>Throws <see cref="MizanException"/> unless the name is 1-64 of letters, digits, '.', '_' and '-'.</summary>
    public static void Validate(string? name)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            throw new MizanException(
                ErrorCodes.InvalidRequest,
                $"Bank name '{name}' is not valid: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }

    /// <summary>Throws unless the entry id is 1-200 printable characters without control characters.</summary>
    public static void ValidateEntryId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200 || id.Any(char.IsControl))
        {
            throw new MizanException(
                ErrorCodes.InvalidRequest,
                "An entry needs an \"id\": 1-200 printable characters, unique within its bank.");
        }
    }

    /// <summary>Throws unless there are at most 32 labels of 1-100 printable characters each.</summary>
    public static void ValidateLabels(IReadOnlyList<string> labels)
    {
        if (labels.Count > 32)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"An entry may carry at most 32 labels; got {labels.Count}.");
        }

        foreach (string label in labels)
        {
            if (string.IsNullOrWhiteSpace(label) || label.Length > 100 || label.Any(char.IsControl))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "Each label must be 1-100 printable characters.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
