using Mizan.Core.Signals;

namespace Mizan.Data.Banks;

/// <summary>Builds entries from hashed files and known texts.</summary>
public static class EntryInputs
{
    /// <summary>An entry carrying a file's SHA-256, MD5 and, for an image, PDQ hash with its quality.</summary>
    public static EntryInput FromFile(string id, FileSignals signals, IReadOnlyList<string> labels, string? source)
    {
        ArgumentNullException.ThrowIfNull(signals);
        BankNames.ValidateEntryId(id);
        BankNames.ValidateLabels(labels);
        var values = new List<SignalValue>
        {
            new(SignalTypes.Sha256, signals.Hashes.Sha256Hex),
            new(SignalTypes.Md5, signals.Hashes.Md5Hex),
        };
        if (signals.Pdq is { } pdq)
        {
            values.Add(new SignalValue(SignalTypes.Pdq, pdq.Original.ToString(), pdq.Quality));
        }

        return new EntryInput(id, values, labels, source);
    }

    /// <summary>An entry carrying a known text (matched near-duplicate and by containment).</summary>
    public static EntryInput FromText(string id, string text, IReadOnlyList<string> labels, string? source)
    {
        BankNames.ValidateEntryId(id);
        BankNames.ValidateLabels(labels);
        return new EntryInput(id, [TextSignal(text)], labels, source);
    }

    /// <summary>The signal of a known text: its value is the SHA-256 of the text (<see cref="SignalTypes.TextValue"/>).</summary>
    public static SignalValue TextSignal(string text) => new(SignalTypes.Text, SignalTypes.TextValue(text), Text: text);
}
