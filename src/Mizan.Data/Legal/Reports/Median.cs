namespace Mizan.Data.Legal.Reports;

/// <summary>Order statistics for report figures.</summary>
public static class Median
{
    /// <summary>
    /// The median of <paramref name="values"/>: the middle value of an odd count, the mean of the two middle values
    /// of an even count, null for none.
    /// </summary>
    public static double? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
