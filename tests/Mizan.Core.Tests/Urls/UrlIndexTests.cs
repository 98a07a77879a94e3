using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed class UrlIndexTests
{
    private static CanonicalUrl Url(string text) => UrlCanonicalizer.Canonicalize(text);

    private static List<UrlMatch> Search(UrlIndex index, string query)
    {
        var results = new List<UrlMatch>();
        index.Search(Url(query), results);
        return results;
    }

    private static UrlIndex IndexOf(params (long Id, string Url, UrlMatchScope Scope)[] entries)
    {
        var index = new UrlIndex();
        foreach ((long id, string url, UrlMatchScope scope) in entries)
        {
            index.Add(id, Url(url), scope);
        }

        return index;
    }

    [Theory]
    [InlineData("https://example.org/a/b?x=1", true)]
    [InlineData("http://www.example.org/a/b/?x=1&utm_source=feed#top", true)] // another spelling of the same URL
    [InlineData("https://example.org/a/b?x=1&y=2", false)]
    [InlineData("https://example.org/a/b", false)]
    [InlineData("https://example.org/a/b/c?x=1", false)]
    [InlineData("https://example.org:8080/a/b?x=1", false)]
    [InlineData("https://sub.example.org/a/b?x=1", false)]
    public void Search_ExactEntry_MatchesOnlyTheSameCanonicalUrl(string query, bool matches)
    {
        UrlIndex index = IndexOf((7, "https://example.org/a/b?x=1", UrlMatchScope.Exact));
        List<UrlMatch> results = Search(index, query);
        Assert.Equal(matches ? [new UrlMatch(7, UrlMatchScope.Exact)] : [], results);
    }

    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("https://example.org/any/path?q=1", true)]
    [InlineData("https://www.example.org/", true)]
    [InlineData("https://sub.example.org/x", true)]
    [InlineData("https://a.b.c.example.org/x", true)]
    [InlineData("https://example.org:8443/x", true)] // any port
    [InlineData("https://EXAMPLE.ORG./x", true)]
    [InlineData("https://badexample.org/", false)] // a suffix, but not at a label boundary
    [InlineData("https://example.org.evil.example/", false)]
    [InlineData("https://org/", false)] // the parent domain is not covered
    [InlineData("https://example.com/", false)]
    [InlineData("https://sub-example.org/", false)]
    public void Search_DomainEntry_MatchesHostAndSubdomains(string query, bool matches)
    {
        UrlIndex index = IndexOf((3, "example.org/ignored/path?q=ignored", UrlMatchScope.Domain));
        Assert.Equal(matches ? [new UrlMatch(3, UrlMatchScope.Domain)] : [], Search(index, query));
    }

    [Fact]
    public void Search_InternationalDomainEntry_MatchesBothSpellings()
    {
        const string ArabicExample = "\u0645\u062B\u0627\u0644"; // "مثال"
        UrlIndex index = IndexOf((1, $"{ArabicExample}.example", UrlMatchScope.Domain));
        Assert.Single(Search(index, "https://xn--mgbh0fb.example/x"));
        Assert.Single(Search(index, $"https://sub.{ArabicExample}.example/x"));
        Assert.Empty(Search(index, "https://example/x"));
    }

    [Theory]
    [InlineData("https://192.0.2.1/x", true)]
    [InlineData("https://3221225985/", true)] // another spelling of the address
    [InlineData("https://192.0.2.10/", false)]
    [InlineData("https://10.192.0.2.1.example/", false)]
    public void Search_IPv4DomainEntry_MatchesThatAddressOnly(string query, bool matches)
    {
        UrlIndex index = IndexOf((9, "192.0.2.1", UrlMatchScope.Domain));
        Assert.Equal(matches ? [new UrlMatch(9, UrlMatchScope.Domain)] : [], Search(index, query));
    }

    [Fact]
    public void Search_DomainEntryForTopLevelLabel_DoesNotMatchIPAddresses()
    {
        // "1" would be the last label of 192.0.2.1 if IP addresses were walked like names.
        UrlIndex index = IndexOf((1, "https://[::ffff:192.0.2.1]/", UrlMatchScope.Domain));
        index.Add(2, Url("https://example/"), UrlMatchScope.Domain);
        Assert.Empty(Search(index, "https://192.0.2.1/"));
        Assert.Equal([new UrlMatch(1, UrlMatchScope.Domain)], Search(index, "https://[::FFFF:C000:201]/"));
    }

    [Theory]
    [InlineData("https://example.org/abc", true)]
    [InlineData("https://example.org/abc/", true)]
    [InlineData("https://example.org/abc/def", true)]
    [InlineData("https://example.org/abc/def/ghi?q=1", true)]
    [InlineData("https://example.org/abc?q=1", true)] // any query
    [InlineData("https://example.org:8080/abc/x", true)] // any port
    [InlineData("https://www.example.org/abc/x", true)]
    [InlineData("https://example.org/x/../abc/./def", true)]
    [InlineData("https://example.org/abcdef", false)] // segment boundary
    [InlineData("https://example.org/abc.def", false)]
    [InlineData("https://example.org/ab", false)]
    [InlineData("https://example.org/", false)]
    [InlineData("https://example.org/ABC", false)] // paths are case-sensitive
    [InlineData("https://example.org/x/abc", false)]
    [InlineData("https://sub.example.org/abc", false)] // same host only
    [InlineData("https://example.com/abc", false)]
    public void Search_PathPrefixEntry_MatchesPathAndDescendantsOnSameHost(string query, bool matches)
    {
        UrlIndex index = IndexOf((5, "https://example.org/abc?ignored=1", UrlMatchScope.PathPrefix));
        Assert.Equal(matches ? [new UrlMatch(5, UrlMatchScope.PathPrefix)] : [], Search(index, query));
    }

    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("https://example.org/a/b/c", true)]
    [InlineData("https://example.org/?q=1", true)]
    [InlineData("https://sub.example.org/", false)]
    public void Search_RootPathPrefixEntry_MatchesWholeHostButNotSubdomains(string query, bool matches)
    {
        UrlIndex index = IndexOf((6, "https://example.org/", UrlMatchScope.PathPrefix));
        Assert.Equal(matches ? [new UrlMatch(6, UrlMatchScope.PathPrefix)] : [], Search(index, query));
    }

    [Fact]
    public void Search_DeepPathPrefixEntry_MatchesOnlyBelowIt()
    {
        UrlIndex index = IndexOf((1, "https://example.org/a/b/c", UrlMatchScope.PathPrefix));
        Assert.Empty(Search(index, "https://example.org/a/b"));
        Assert.Empty(Search(index, "https://example.org/a/b/cd"));
        Assert.Single(Search(index, "https://example.org/a/b/c/d/e/f"));
        Assert.Single(Search(index, "https://example.org/a/b/%63")); // "%63" is "c"
    }

    [Fact]
    public void Search_EntriesOfEveryScope_ReportedMostSpecificFirst()
    {
        UrlIndex index = IndexOf(
            (1, "org", UrlMatchScope.Domain),
            (2, "example.org", UrlMatchScope.Domain),
            (3, "a.example.org", UrlMatchScope.Domain),
            (4, "a.example.org/", UrlMatchScope.PathPrefix),
            (5, "a.example.org/x", UrlMatchScope.PathPrefix),
            (6, "a.example.org/x/y", UrlMatchScope.PathPrefix),
            (7, "a.example.org/x/y?q=1", UrlMatchScope.Exact),
            (8, "a.example.org/x/y", UrlMatchScope.Exact),
            (9, "b.example.org", UrlMatchScope.Domain),
            (10, "a.example.org/x/z", UrlMatchScope.PathPrefix));

        Assert.Equal(
            [
                new UrlMatch(7, UrlMatchScope.Exact),
                new UrlMatch(6, UrlMatchScope.PathPrefix),
                new UrlMatch(5, UrlMatchScope.PathPrefix),
                new UrlMatch(4, UrlMatchScope.PathPrefix),
                new UrlMatch(3, UrlMatchScope.Domain),
                new UrlMatch(2, UrlMatchScope.Domain),
                new UrlMatch(1, UrlMatchScope.Domain),
            ],
            Search(index, "http://a.example.org/x/y/?q=1"));
    }

    [Fact]
    public void Search_SameUrlUnderSeveralIds_ReportsEveryId()
    {
        UrlIndex index = IndexOf(
            (1, "https://example.org/a", UrlMatchScope.Exact),
            (2, "http://www.example.org/a/", UrlMatchScope.Exact),
            (3, "example.org/a", UrlMatchScope.Exact),
            (4, "example.org/a", UrlMatchScope.PathPrefix),
            (5, "example.org/b", UrlMatchScope.Domain));

        List<UrlMatch> results = Search(index, "https://example.org/a");
        Assert.Equal(5, results.Count);
        Assert.Equal([1L, 2L, 3L], results.Where(m => m.Scope == UrlMatchScope.Exact).Select(m => m.Id).Order());
        Assert.Contains(new UrlMatch(4, UrlMatchScope.PathPrefix), results);
        Assert.Contains(new UrlMatch(5, UrlMatchScope.Domain), results);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public void Remove_OneOfSeveralIdsOnAKey_KeepsTheOthers()
    {
        UrlIndex index = IndexOf(
            (1, "example.org", UrlMatchScope.Domain),
            (2, "example.org", UrlMatchScope.Domain),
            (3, "example.org", UrlMatchScope.Domain));

        Assert.True(index.Remove(2));
        Assert.Equal(2, index.Count);
        Assert.Equal([1L, 3L], Search(index, "https://x.example.org/").Select(m => m.Id));

        Assert.True(index.Remove(1));
        Assert.True(index.Remove(3));
        Assert.Equal(0, index.Count);
        Assert.Empty(Search(index, "https://x.example.org/"));
    }

    [Fact]
    public void Remove_UnknownOrAlreadyRemovedId_ReturnsFalse()
    {
        UrlIndex index = IndexOf((1, "example.org/a", UrlMatchScope.Exact));
        Assert.False(index.Remove(2));
        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Equal(0, index.Count);
        Assert.Empty(Search(index, "example.org/a"));
    }

    [Fact]
    public void Add_ExistingId_ReplacesItsEntry()
    {
        UrlIndex index = IndexOf((1, "example.org/a", UrlMatchScope.Exact));
        index.Add(1, Url("example.net"), UrlMatchScope.Domain);

        Assert.Equal(1, index.Count);
        Assert.Empty(Search(index, "example.org/a"));
        Assert.Equal([new UrlMatch(1, UrlMatchScope.Domain)], Search(index, "https://www.example.net/x"));

        // Adding the same entry again changes nothing.
        index.Add(1, Url("example.net"), UrlMatchScope.Domain);
        Assert.Equal(1, index.Count);
        Assert.Single(Search(index, "example.net"));
    }

    [Fact]
    public void Search_ResultsList_IsAppendedToNotCleared()
    {
        UrlIndex index = IndexOf((1, "example.org", UrlMatchScope.Domain));
        var results = new List<UrlMatch> { new(99, UrlMatchScope.Exact) };
        index.Search(Url("example.org"), results);
        Assert.Equal([new UrlMatch(99, UrlMatchScope.Exact), new UrlMatch(1, UrlMatchScope.Domain)], results);
    }

    [Fact]
    public void Add_InvalidArguments_Throw()
    {
        var index = new UrlIndex();
        Assert.Throws<ArgumentNullException>(() => index.Add(1, null!, UrlMatchScope.Exact));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(1, Url("example.org"), (UrlMatchScope)3));
        Assert.Throws<ArgumentNullException>(() => index.Search(null!, []));
        Assert.Throws<ArgumentNullException>(() => index.Search(Url("example.org"), null!));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Search_RandomEntriesAndQueries_AgreesWithDefinition()
    {
        var random = new Random(42);
        string[] hosts = ["example.org", "a.example.org", "b.a.example.org", "example.net", "org", "xample.org", "192.0.2.1"];
        string[] segments = ["a", "b", "ab", "a%2Fb", "c"];
        string RandomUrl()
        {
            string path = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => "/" + segments[random.Next(segments.Length)]));
            string query = random.Next(3) == 0 ? "?q=" + random.Next(2) : "";
            string port = random.Next(5) == 0 ? ":8080" : "";
            return $"https://{hosts[random.Next(hosts.Length)]}{port}{path}{query}";
        }

        var index = new UrlIndex();
        var entries = new Dictionary<long, (CanonicalUrl Url, UrlMatchScope Scope)>();
        for (int i = 0; i < 600; i++)
        {
            long id = random.Next(400);
            if (random.Next(4) == 0)
            {
                Assert.Equal(entries.Remove(id), index.Remove(id));
                continue;
            }

            var entry = (Url(RandomUrl()), (UrlMatchScope)random.Next(3));
            entries[id] = entry;
            index.Add(id, entry.Item1, entry.Item2);
        }

        Assert.Equal(entries.Count, index.Count);
        int matched = 0;
        for (int q = 0; q < 500; q++)
        {
            CanonicalUrl query = Url(RandomUrl());
            var results = new List<UrlMatch>();
            index.Search(query, results);
            var expected = entries.Where(e => Matches(e.Value.Url, e.Value.Scope, query))
                .Select(e => new UrlMatch(e.Key, e.Value.Scope)).OrderBy(m => m.Id).ToList();
            Assert.Equal(expected, results.OrderBy(m => m.Id).ToList());
            matched += expected.Count;
        }

        Assert.True(matched > 1000, $"only {matched} matches: the random data no longer exercises the index");
    }

    /// <summary>The index semantics written out directly, as the oracle for the random test.</summary>
    private static bool Matches(CanonicalUrl entry, UrlMatchScope scope, CanonicalUrl query) => scope switch
    {
        UrlMatchScope.Exact => query.Value == entry.Value,
        UrlMatchScope.Domain => query.Host == entry.Host
            || (query.HostKind == UrlHostKind.DnsName && query.Host.EndsWith("." + entry.Host, StringComparison.Ordinal)),
        _ => query.Host == entry.Host
            && (entry.Path == "/" || query.Path == entry.Path || query.Path.StartsWith(entry.Path + "/", StringComparison.Ordinal)),
    };

    [Fact]
    public async Task Search_ConcurrentWithAddAndRemove_AlwaysSeesStableEntries()
    {
        var index = new UrlIndex();
        CanonicalUrl query = Url("https://a.example.org/x/y?q=1");
        (string Url, UrlMatchScope Scope)[] keys =
        [
            ("https://a.example.org/x/y?q=1", UrlMatchScope.Exact),
            ("example.org", UrlMatchScope.Domain),
            ("a.example.org/x", UrlMatchScope.PathPrefix),
        ];

        // Stable ids 0..29 share the keys the query matches; writers churn other ids on the same keys.
        for (long id = 0; id < 30; id++)
        {
            index.Add(id, Url(keys[id % 3].Url), keys[id % 3].Scope);
        }

        const int Writers = 2, Readers = 4, Rounds = 3000;
        int writersDone = 0;
        CancellationToken cancellation = TestContext.Current.CancellationToken;
        var tasks = new List<Task>();
        for (int w = 0; w < Writers; w++)
        {
            int writer = w;
            tasks.Add(Task.Run(
                () =>
                {
                    try
                    {
                        for (int round = 0; round < Rounds; round++)
                        {
                            long id = 1000 + (writer * Rounds) + round;
                            index.Add(id, Url(keys[id % 3].Url), keys[id % 3].Scope);
                            if (round >= 5)
                            {
                                Assert.True(index.Remove(id - 5));
                            }
                        }

                        for (long id = 1000 + (writer * Rounds) + Rounds - 5; id < 1000 + ((writer + 1) * Rounds); id++)
                        {
                            Assert.True(index.Remove(id));
                        }
                    }
                    finally
                    {
                        // Readers stop once every writer is done, even one that failed.
                        Interlocked.Increment(ref writersDone);
                    }
                },
                cancellation));
        }

        for (int r = 0; r < Readers; r++)
        {
            tasks.Add(Task.Run(
                () =>
                {
                    var results = new List<UrlMatch>();
                    var seen = new HashSet<long>();
                    do
                    {
                        results.Clear();
                        seen.Clear();
                        index.Search(query, results);
                        foreach (UrlMatch match in results)
                        {
                            Assert.True(seen.Add(match.Id), "an id was reported twice");
                            Assert.Equal(keys[match.Id % 3].Scope, match.Scope);
                        }

                        for (long id = 0; id < 30; id++)
                        {
                            Assert.Contains(id, seen);
                        }
                    }
                    while (Volatile.Read(ref writersDone) < Writers);
                },
                cancellation));
        }

        await Task.WhenAll(tasks);
        Assert.Equal(30, index.Count);
        var final = new List<UrlMatch>();
        index.Search(query, final);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)i), final.Select(m => m.Id).Order());
    }
}
