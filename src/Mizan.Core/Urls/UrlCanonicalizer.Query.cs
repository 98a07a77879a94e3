using System.Text;

namespace Mizan.Core.Urls;

public static partial class UrlCanonicalizer
{
    /// <summary>Normalises a query (without its '?'); the result is empty when no parameter is left.</summary>
    private static string NormalizeQuery(ReadOnlySpan<char> rawQuery)
    {
        if (rawQuery.IsEmpty)
        {
            return string.Empty;
        }

        var parameters = new List<UrlQueryParameter>();
        var builder = new StringBuilder();
        foreach (Range range in rawQuery.Split('&'))
        {
            ReadOnlySpan<char> raw = rawQuery[range];
            if (raw.IsEmpty)
            {
                continue;
            }

            int equals = raw.IndexOf('=');
            builder.Clear();
            UrlPercentEncoding.AppendQueryComponent(builder, equals < 0 ? raw : raw[..equals]);
            int nameLength = builder.Length;
            if (equals >= 0)
            {
                builder.Append('=');
                UrlPercentEncoding.AppendQueryComponent(builder, raw[(equals + 1)..]);
            }

            string text = builder.ToString();
            ReadOnlySpan<char> name = text.AsSpan(0, nameLength);
            ReadOnlySpan<char> value = equals < 0 ? [] : text.AsSpan(nameLength + 1);
            if (!UrlTrackingParameters.IsTracking(name, value))
            {
                parameters.Add(new UrlQueryParameter(text, nameLength, parameters.Count));
            }
        }

        // Stable ordinal sort by name: the original position breaks ties, so "a=2&a=1" keeps its order.
        parameters.Sort(static (x, y) =>
        {
            int byName = x.Name.CompareTo(y.Name, StringComparison.Ordinal);
            return byName != 0 ? byName : x.Position.CompareTo(y.Position);
        });

        builder.Clear();
        foreach (UrlQueryParameter parameter in parameters)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(parameter.Text);
        }

        return builder.ToString();
    }
}
