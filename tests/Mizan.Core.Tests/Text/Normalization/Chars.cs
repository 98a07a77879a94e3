namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>Builds test strings from named characters (STYLE.md: no bare Arabic literals in code).</summary>
internal static class Chars
{
    public static string Of(params ReadOnlySpan<char> chars) => new(chars);

    public static string Of(int codePoint) => char.ConvertFromUtf32(codePoint);
}
