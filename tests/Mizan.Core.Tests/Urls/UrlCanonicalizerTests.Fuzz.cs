using System.Text;
using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed partial class UrlCanonicalizerTests
{
    // Pieces that random inputs are assembled from: URL syntax, hosts in every form the parser knows, escapes,
    // controls, lone and paired surrogates, and characters that IDNA maps, ignores or forbids.
    private static readonly string[] s_fuzzPieces =
    [
        "http://", "https://", "HTTP:", "ftp://", "//", "/", "\\", ":", "@", "?", "#", "&", "=", ".", "..", "%",
        "%2", "%2e", "%2E%2e", "%41", "%C3%BC", "%C3", "%FF", "%00", "%25", "[", "]", "[::1]", "[fe80::1%25eth0]",
        "www.", "xn--", "xn--mgbh0fb", "xn--zz", "example", "org", "a", "Z", "0", "1", "9", "255", "256", "0x",
        "0xFF", "4294967296", "080", ":80", ":443", ":65536", ":0", "utm_source=x", "fbclid=1", "si=1",
        "feature=share", "-", "_", "~", "+", " ", "\t", "\n", "\r", "\0", "\u007F", "\u0085", "\u00A0", "\u00AD",
        "\u200B", "\u200D", "\u202E", "\u3002", "\uFF0E", "\uFF61", "\uFF21", "\u2474", "\u2488", "\u00DF",
        "\u00FC", "u\u0308", ArabicExample, ArabicIndicDigits, "\u0661", "\u05D0", "\uD800", "\uDBFF", "\uDC00",
        "\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D", "\uFFFD", "\uFFFF", "\uFEFF",
    ];

    private static readonly string[] s_fuzzSeeds =
    [
        "https://user:pw@www.example.org:8080/a/./b/../c//d/?utm_source=x&b=2&a=1#frag",
        $"http://{ArabicExample}.example/{ArabicExample}?q={ArabicExample}",
        "example.org/x",
        "https://[2001:db8::1]:8443/p?q",
        "https://0xC0.0.2.1/x",
        "//xn--bcher-kva.example./%7euser/%zz",
    ];

    [Fact]
    public void TryCanonicalize_RandomInputs_NeverThrowAndAgreeWithCanonicalize()
    {
        var random = new Random(20240611);
        var builder = new StringBuilder();
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            builder.Clear();
            switch (iteration % 3)
            {
                case 0:
                    // Random code units, any value at all.
                    int length = random.Next(0, 40);
                    for (int i = 0; i < length; i++)
                    {
                        builder.Append((char)random.Next(0, 0x10000));
                    }

                    break;
                case 1:
                    // Random pieces, so the input often gets deep into the parser.
                    int pieces = random.Next(1, 16);
                    for (int i = 0; i < pieces; i++)
                    {
                        builder.Append(s_fuzzPieces[random.Next(s_fuzzPieces.Length)]);
                    }

                    break;
                default:
                    // A valid URL with a few random pieces inserted or characters deleted.
                    builder.Append(s_fuzzSeeds[random.Next(s_fuzzSeeds.Length)]);
                    for (int edits = random.Next(1, 4); edits > 0 && builder.Length > 0; edits--)
                    {
                        int at = random.Next(builder.Length);
                        if (random.Next(2) == 0)
                        {
                            builder.Insert(at, s_fuzzPieces[random.Next(s_fuzzPieces.Length)]);
                        }
                        else
                        {
                            builder.Remove(at, 1);
                        }
                    }

                    break;
            }

            AssertWellBehaved(builder.ToString());
        }
    }

    [Fact]
    public void TryCanonicalize_LongRandomInputs_NeverThrow()
    {
        // Pieces without control characters or lone surrogates, so that long inputs reach the host, path and query
        // code and the length limits on input and result.
        string[] pieces = Array.FindAll(
            s_fuzzPieces,
            piece => !piece.Any(char.IsControl) && !piece.Any(char.IsSurrogate) && !piece.Contains('#', StringComparison.Ordinal));
        var random = new Random(7);
        var builder = new StringBuilder();
        int succeeded = 0;
        for (int iteration = 0; iteration < 400; iteration++)
        {
            builder.Clear().Append("https://example.org/");
            int target = random.Next(2) == 0 ? random.Next(200, 1200) : UrlCanonicalizer.MaxLength - 20 + random.Next(40);
            while (builder.Length < target)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            succeeded += AssertWellBehaved(builder.ToString()) ? 1 : 0;
        }

        Assert.True(succeeded > 20, $"only {succeeded} long inputs were valid: the generator no longer reaches deep");
    }

    /// <summary>
    /// The contract for any input: no exception from the Try form; on success an ASCII https value that is a fixed
    /// point; on failure an error, and the throwing form throws exactly the documented exception with it.
    /// </summary>
    /// <returns>Whether the input was valid.</returns>
    private static bool AssertWellBehaved(string input)
    {
        bool ok = UrlCanonicalizer.TryCanonicalize(input, out CanonicalUrl? url, out string? error);
        if (ok)
        {
            Assert.NotNull(url);
            Assert.Null(error);
            Assert.StartsWith("https://", url.Value, StringComparison.Ordinal);
            Assert.True(Ascii.IsValid(url.Value), $"non-ASCII canonical value for {Escape(input)}");
            Assert.DoesNotContain(' ', url.Value);
            Assert.True(
                UrlCanonicalizer.TryCanonicalize(url.Value, out CanonicalUrl? again, out string? againError),
                $"{Escape(input)} gave {url.Value}, which fails: {againError}");
            Assert.Equal(url, again);
            Assert.Equal(url, UrlCanonicalizer.Canonicalize(input));
        }
        else
        {
            Assert.Null(url);
            Assert.False(string.IsNullOrWhiteSpace(error));
            MizanException exception = Assert.Throws<MizanException>(() => UrlCanonicalizer.Canonicalize(input));
            Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
            Assert.Equal(error, exception.Message);
        }

        return ok;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and < '\x7F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
