using System.Text;

namespace Mizan.Tests.Shared;

/// <summary>Benign news-style test texts (see TestData/README.md) and simple edits of them.</summary>
internal static class TestTexts
{
    /// <summary>Reads a test text copied beside the test assembly.</summary>
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name), Encoding.UTF8).Trim();

    /// <summary>Inserts <paramref name="insert"/> after every <paramref name="every"/>-th letter.</summary>
    public static string Sprinkle(string text, char insert, int every)
    {
        var builder = new StringBuilder(text.Length * 2);
        int letters = 0;
        foreach (char c in text)
        {
            builder.Append(c);
            if (char.IsLetter(c) && ++letters % every == 0)
            {
                builder.Append(insert);
            }
        }

        return builder.ToString();
    }
}
