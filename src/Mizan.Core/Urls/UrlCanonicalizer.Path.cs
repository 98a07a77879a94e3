using System.Text;

namespace Mizan.Core.Urls;

public static partial class UrlCanonicalizer
{
    /// <summary>Normalises a path that is empty or starts with '/' or '\'.</summary>
    private static string NormalizePath(ReadOnlySpan<char> rawPath)
    {
        if (rawPath.IsEmpty)
        {
            return "/";
        }

        // Segments after the leading separator; empty ones are kept until the dot segments are resolved, so that
        // "/a//.." resolves as a browser would ("/a/") before the empty segments are removed.
        var segments = new List<string>();
        var builder = new StringBuilder();
        foreach (Range range in rawPath[1..].SplitAny('/', '\\'))
        {
            builder.Clear();
            UrlPercentEncoding.AppendPathSegment(builder, rawPath[1..][range]);
            string segment = builder.ToString();

            // RFC 3986 §5.2.4 remove_dot_segments, applied after unreserved escapes are decoded (§6.2.2.2) so that
            // "%2E%2E" is ".." as well.
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        builder.Clear();
        foreach (string segment in segments)
        {
            if (segment.Length > 0)
            {
                builder.Append('/').Append(segment);
            }
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }
}
