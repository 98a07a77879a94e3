namespace Mizan.Core.Tests.TestData;

/// <summary>
/// Finds the shared reference data (<c>shared/data</c>, with the PDQ vectors under <c>pdq/</c>): the folder named
/// by <c>MIZAN_SHARED_DATA</c>, or else <c>../shared/data</c> next to the folder holding <c>Mizan.slnx</c>. Tests
/// that need it skip on a developer's machine when it is absent and fail in CI (<c>CI=true</c>).
/// </summary>
internal static class SharedData
{
    /// <summary>Theory row used when the data is absent, so the theory still runs once and can skip or fail.</summary>
    public const string Missing = "(reference data not found)";

    private static readonly Lazy<string?> s_root = new(Locate);

    /// <summary>The <c>shared/data</c> folder, or <see langword="null"/> when it cannot be found.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The <c>pdq</c> folder, or <see langword="null"/>.</summary>
    public static string? PdqRoot => Root is null ? null : Path.Combine(Root, "pdq");

    /// <summary>Returns the <c>pdq</c> folder, or skips (locally) or fails (in CI) the current test.</summary>
    public static string RequirePdq()
    {
        if (PdqRoot is { } root)
        {
            return root;
        }

        string message = "PDQ reference data not found at " + DescribeSearch()
            + "; set MIZAN_SHARED_DATA to the path of the shared/data folder.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return null!;
    }

    /// <summary>Full path of a file given relative to the <c>pdq</c> folder.</summary>
    public static string PdqPath(string relative) => Path.Combine(RequirePdq(), relative);

    /// <summary>
    /// The rows of a tab-separated file under <c>pdq/</c>, without the header line; empty when the data is absent.
    /// </summary>
    public static IReadOnlyList<Dictionary<string, string>> ReadPdqTsv(string relative)
    {
        if (PdqRoot is null)
        {
            return [];
        }

        string[] lines = File.ReadAllLines(Path.Combine(PdqRoot, relative));
        string[] header = lines[0].Split('\t');
        var rows = new List<Dictionary<string, string>>();
        foreach (string line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Theory data: one key per row of a TSV (selected by <paramref name="include"/>), or the single
    /// <see cref="Missing"/> row when the data is absent, so that the test can skip or fail with a reason.
    /// </summary>
    public static TheoryData<string> Keys(string relative, string keyColumn, Func<Dictionary<string, string>, bool>? include = null)
    {
        var data = new TheoryData<string>();
        if (PdqRoot is null)
        {
            data.Add(Missing);
            return data;
        }

        foreach (var row in ReadPdqTsv(relative))
        {
            if (include is null || include(row))
            {
                data.Add(row[keyColumn]);
            }
        }

        return data;
    }

    /// <summary>The TSV row whose <paramref name="keyColumn"/> is <paramref name="key"/>; skips or fails when data is absent.</summary>
    public static Dictionary<string, string> Row(string relative, string keyColumn, string key, Func<Dictionary<string, string>, bool>? include = null)
    {
        RequirePdq();
        return ReadPdqTsv(relative).Single(r => r[keyColumn] == key && (include is null || include(r)));
    }

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "pdq")) ? Path.GetFullPath(fromEnvironment) : null;
        }

        string? repository = RepositoryRoot();
        if (repository is null)
        {
            return null;
        }

        string candidate = Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"));
        return Directory.Exists(Path.Combine(candidate, "pdq")) ? candidate : null;
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mizan.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string DescribeSearch()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return $"'{fromEnvironment}' (from MIZAN_SHARED_DATA; it has no pdq/ folder)";
        }

        string? repository = RepositoryRoot();
        return repository is null
            ? $"any parent of '{AppContext.BaseDirectory}' (no Mizan.slnx found)"
            : $"'{Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"))}'";
    }
}
