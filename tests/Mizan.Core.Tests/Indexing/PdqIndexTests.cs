using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using static Mizan.Core.Tests.Indexing.PdqTestData;

namespace Mizan.Core.Tests.Indexing;

public sealed class PdqIndexTests
{
    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void Search_UniformRandomHashes_MatchesBruteForce(string layout)
    {
        var random = new Random(1001);
        PdqHash[] hashes = RandomHashes(random, 5000);
        long[] ids = SequentialIds(hashes.Length, first: 1_000_000);
        PdqIndex index = PdqIndex.Build(ids, hashes, LayoutPolicy(layout), tailLimit: 0);
        var oracle = new BruteForcePdqIndex(ids, hashes);

        for (int q = 0; q < 120; q++)
        {
            // Half the queries are indexed hashes themselves, half unrelated.
            PdqHash query = q % 2 == 0 ? hashes[random.Next(hashes.Length)] : RandomHash(random);
            AssertSameResults(oracle, index, query, PdqIndexLayout.DefaultRadius);
            AssertSameResults(oracle, index, query, random.Next(0, 80));
        }
    }

    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void Search_PlantedNeighboursAtEveryDistance_MatchesBruteForce(string layout)
    {
        var random = new Random(2002);
        var hashes = new List<PdqHash>(RandomHashes(random, 3000));
        PdqHash[] queries = RandomHashes(random, 15);
        foreach (PdqHash query in queries)
        {
            // Several neighbours at every distance 0..40, so each radius has entries on both sides of it.
            for (int distance = 0; distance <= 40; distance++)
            {
                for (int copy = 0; copy < 2; copy++)
                {
                    hashes.Add(FlipBits(query, distance, random));
                }
            }
        }

        long[] ids = SequentialIds(hashes.Count);
        PdqIndex index = PdqIndex.Build(ids, hashes.ToArray(), LayoutPolicy(layout), tailLimit: 0);
        var oracle = new BruteForcePdqIndex(ids, hashes.ToArray());
        foreach (PdqHash query in queries)
        {
            for (int radius = 0; radius <= 48; radius++)
            {
                AssertSameResults(oracle, index, query, radius);
            }
        }
    }

    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void Search_RadiiZeroTo64And256_MatchesBruteForce(string layout)
    {
        var random = new Random(3003);
        var hashes = new List<PdqHash>(RandomHashes(random, 2500));
        PdqHash center = RandomHash(random);
        for (int i = 0; i < 500; i++)
        {
            hashes.Add(FlipBits(center, random.Next(0, 70), random));
        }

        long[] ids = SequentialIds(hashes.Count);
        PdqIndex index = PdqIndex.Build(ids, hashes.ToArray(), LayoutPolicy(layout), tailLimit: 0);
        var oracle = new BruteForcePdqIndex(ids, hashes.ToArray());
        for (int radius = 0; radius <= 64; radius++)
        {
            for (int q = 0; q < 3; q++)
            {
                AssertSameResults(oracle, index, FlipBits(center, random.Next(0, 40), random), radius);
            }
        }

        foreach (int radius in (int[])[100, 128, 200, 255, 256, 300, int.MaxValue])
        {
            AssertSameResults(oracle, index, FlipBits(center, 5, random), radius);
        }
    }

    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void Search_AfterInterleavedAddRemoveAndReAdd_MatchesBruteForce(string layout)
    {
        var random = new Random(4004);
        PdqHash[] pool = RandomHashes(random, 400);
        PdqHash[] initial = RandomHashes(random, 2500);
        long[] initialIds = SequentialIds(initial.Length);
        // A small tail limit so the sequence crosses the merge threshold many times.
        PdqIndex index = PdqIndex.Build(initialIds, initial, LayoutPolicy(layout), tailLimit: 97);
        var oracle = new BruteForcePdqIndex(initialIds, initial);
        var present = new List<long>(initialIds);

        for (int step = 0; step < 6000; step++)
        {
            int action = random.Next(10);
            if (action < 5)
            {
                // Add a new id near a pooled hash (so queries find it) or re-add an existing id with a new hash.
                long id = action < 3 || present.Count == 0 ? 10_000 + step : present[random.Next(present.Count)];
                PdqHash hash = FlipBits(pool[random.Next(pool.Length)], random.Next(0, 40), random);
                index.Add(id, hash);
                oracle.Add(id, hash);
                if (action < 3 || present.Count == 0)
                {
                    present.Add(id);
                }
            }
            else if (action < 8 && present.Count > 0)
            {
                int pick = random.Next(present.Count);
                Assert.True(index.Remove(present[pick]));
                Assert.True(oracle.Remove(present[pick]));
                present[pick] = present[^1];
                present.RemoveAt(present.Count - 1);
            }
            else
            {
                Assert.False(index.Remove(-step - 1));
            }

            Assert.Equal(oracle.Count, index.Count);
            if (step % 20 == 0)
            {
                PdqHash query = FlipBits(pool[random.Next(pool.Length)], random.Next(0, 20), random);
                AssertSameResults(oracle, index, query, random.Next(0, 48));
            }
        }

        foreach (PdqHash query in pool)
        {
            AssertSameResults(oracle, index, query, PdqIndexLayout.DefaultRadius);
        }
    }

    [Fact]
    public void Add_OneByOneFromEmpty_MatchesBruteForceAcrossIndexing()
    {
        // The default policy: linear while small, chunk indexes once past PdqIndexLayout.MinIndexedCount.
        var random = new Random(5005);
        var index = new PdqIndex();
        var oracle = new BruteForcePdqIndex();
        PdqHash[] pool = RandomHashes(random, 50);
        for (int i = 0; i < 12_000; i++)
        {
            PdqHash hash = i % 3 == 0 ? FlipBits(pool[random.Next(pool.Length)], random.Next(0, 35), random) : RandomHash(random);
            index.Add(i, hash);
            oracle.Add(i, hash);
            if (i % 500 == 0)
            {
                AssertSameResults(oracle, index, pool[random.Next(pool.Length)], PdqIndexLayout.DefaultRadius);
            }
        }

        Assert.True(index.ChunkCount > 0);
        foreach (PdqHash query in pool)
        {
            AssertSameResults(oracle, index, query, PdqIndexLayout.DefaultRadius);
        }
    }

    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void AddRange_BatchesWithNewRepeatedAndExistingIds_MatchesBruteForce(string layout)
    {
        var random = new Random(4505);
        PdqHash[] pool = RandomHashes(random, 100);
        PdqHash[] initial = RandomHashes(random, 2500);
        long[] initialIds = SequentialIds(initial.Length);
        PdqIndex index = PdqIndex.Build(initialIds, initial, LayoutPolicy(layout), tailLimit: 300);
        var oracle = new BruteForcePdqIndex(initialIds, initial);

        for (int batch = 0; batch < 30; batch++)
        {
            // Sizes from 0 to past the tail limit; ids new, repeated within the batch, or already indexed.
            int size = random.Next(0, 700);
            var ids = new long[size];
            var hashes = new PdqHash[size];
            for (int i = 0; i < size; i++)
            {
                ids[i] = random.Next(3) == 0 ? random.Next(1, 5000) : 10_000 + random.Next(20_000);
                hashes[i] = FlipBits(pool[random.Next(pool.Length)], random.Next(0, 40), random);
                oracle.Add(ids[i], hashes[i]);
            }

            index.AddRange(ids, hashes);
            for (int r = 0; r < 40; r++)
            {
                long id = random.Next(1, 2501);
                Assert.Equal(oracle.Remove(id), index.Remove(id));
            }

            Assert.Equal(oracle.Count, index.Count);
            AssertSameResults(oracle, index, pool[random.Next(pool.Length)], PdqIndexLayout.DefaultRadius);
        }

        foreach (PdqHash query in pool)
        {
            AssertSameResults(oracle, index, query, PdqIndexLayout.DefaultRadius);
        }
    }

    [Fact]
    public void AddRange_SpansOfDifferentLength_Throws() =>
        Assert.Throws<ArgumentException>(() => new PdqIndex().AddRange([1, 2], [default]));

    [Theory]
    [MemberData(nameof(LayoutNames), MemberType = typeof(PdqTestData))]
    public void Search_SameHashUnderManyIds_ReturnsEveryId(string layout)
    {
        var random = new Random(6006);
        var hashes = new List<PdqHash>(RandomHashes(random, 2200));
        PdqHash shared = RandomHash(random);
        PdqHash near = FlipBits(shared, 3, random);
        for (int i = 0; i < 50; i++)
        {
            hashes.Add(shared);
            hashes.Add(near);
        }

        long[] ids = SequentialIds(hashes.Count);
        PdqIndex index = PdqIndex.Build(ids, hashes.ToArray(), LayoutPolicy(layout), tailLimit: 16);
        var oracle = new BruteForcePdqIndex(ids, hashes.ToArray());
        for (int i = 0; i < 40; i++)
        {
            index.Add(-i - 1, shared);
            oracle.Add(-i - 1, shared);
        }

        var matches = new List<PdqMatch>();
        index.Search(shared, 0, matches);
        Assert.Equal(90, matches.Count);
        Assert.Equal(90, matches.Select(m => m.Id).Distinct().Count());
        AssertSameResults(oracle, index, shared, 3);
        AssertSameResults(oracle, index, near, PdqIndexLayout.DefaultRadius);
    }

    [Fact]
    public void Search_EmptyIndex_ReturnsNothing()
    {
        var matches = new List<PdqMatch>();
        PdqHash query = RandomHash(new Random(7007));
        new PdqIndex().Search(query, 256, matches);
        PdqIndex.Build([], []).Search(query, 256, matches);
        PdqIndex.Build([], [], LayoutPolicy("16x16"), tailLimit: 0).Search(query, 31, matches);
        Assert.Empty(matches);
        Assert.Equal(0, new PdqIndex().Count);
    }

    [Fact]
    public void Search_AllRemoved_ReturnsNothing()
    {
        var random = new Random(7107);
        PdqHash[] hashes = RandomHashes(random, 3000);
        long[] ids = SequentialIds(hashes.Length);
        PdqIndex index = PdqIndex.Build(ids, hashes, LayoutPolicy("16x16"), tailLimit: 0);
        foreach (long id in ids)
        {
            Assert.True(index.Remove(id));
        }

        var matches = new List<PdqMatch>();
        index.Search(hashes[0], 256, matches);
        Assert.Empty(matches);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Search_ResultsListNotEmpty_AppendsWithoutClearing()
    {
        PdqHash hash = RandomHash(new Random(7207));
        var index = new PdqIndex();
        index.Add(5, hash);
        var matches = new List<PdqMatch> { new(99, 1) };
        index.Search(hash, 0, matches);
        Assert.Equal([new PdqMatch(99, 1), new PdqMatch(5, 0)], matches);
    }

    [Fact]
    public void Build_RepeatedId_KeepsLastHash()
    {
        var random = new Random(8008);
        PdqHash[] hashes = RandomHashes(random, 4000);
        long[] ids = new long[hashes.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = i % 1500; // every id repeated, the last occurrence wins
        }

        PdqIndex index = PdqIndex.Build(ids, hashes);
        var oracle = new BruteForcePdqIndex(ids, hashes);
        Assert.Equal(1500, index.Count);
        for (int i = 0; i < hashes.Length; i += 97)
        {
            AssertSameResults(oracle, index, hashes[i], 0);
            AssertSameResults(oracle, index, hashes[i], PdqIndexLayout.DefaultRadius);
        }
    }

    [Fact]
    public void Add_ExistingId_ReplacesHash()
    {
        var random = new Random(9009);
        PdqHash[] hashes = RandomHashes(random, 3000);
        PdqIndex index = PdqIndex.Build(SequentialIds(hashes.Length), hashes);
        PdqHash replacement = RandomHash(random);
        index.Add(1, replacement);

        var matches = new List<PdqMatch>();
        index.Search(hashes[0], 0, matches);
        Assert.Empty(matches);
        index.Search(replacement, 0, matches);
        Assert.Equal([new PdqMatch(1, 0)], matches);
        Assert.Equal(3000, index.Count);
    }

    [Fact]
    public void Remove_AbsentOrAlreadyRemovedId_ReturnsFalse()
    {
        var index = new PdqIndex();
        Assert.False(index.Remove(1));
        index.Add(1, RandomHash(new Random(1)));
        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Search_NegativeDistance_Throws()
    {
        var index = new PdqIndex();
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(default, -1, []));
        Assert.Throws<ArgumentNullException>(() => index.Search(default, 1, null!));
    }

    [Fact]
    public void Build_SpansOfDifferentLength_Throws() =>
        Assert.Throws<ArgumentException>(() => PdqIndex.Build([1, 2], [default]));

    [Fact]
    public void Search_SteadyState_DoesNotAllocate()
    {
        var random = new Random(1111);
        PdqHash[] hashes = RandomHashes(random, 20_000);
        PdqIndex index = PdqIndex.Build(SequentialIds(hashes.Length), hashes);
        index.Add(-1, RandomHash(random)); // a tail entry too
        Assert.True(index.ChunkCount > 0);
        var matches = new List<PdqMatch>(1024);
        for (int i = 0; i < 200; i++)
        {
            // Warm up both paths (multi-index and linear scan) so first-use work is not counted.
            index.Search(hashes[i], PdqIndexLayout.DefaultRadius, matches);
            index.Search(hashes[i], 100, matches);
            matches.Clear();
        }

        matches.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
        {
            index.Search(hashes[i], PdqIndexLayout.DefaultRadius, matches);
            index.Search(hashes[i], 100, matches); // a linear scan
            matches.Clear();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EstimatedMemoryBytes_AfterBuild_CoversHashesAndIds()
    {
        var random = new Random(1212);
        PdqHash[] hashes = RandomHashes(random, 100_000);
        PdqIndex index = PdqIndex.Build(SequentialIds(hashes.Length), hashes);
        Assert.InRange(index.EstimatedMemoryBytes, 40L * hashes.Length, 400L * hashes.Length);
    }

    [Fact]
    public async Task Search_ConcurrentWithAddAndRemove_SeesWholeOperationsAndEndsConsistent()
    {
        var random = new Random(1313);
        PdqHash[] hashes = RandomHashes(random, 6000);
        long[] ids = SequentialIds(hashes.Length);
        PdqIndex index = PdqIndex.Build(ids, hashes, LayoutPolicy("16x16"), tailLimit: 100);
        var oracle = new BruteForcePdqIndex(ids, hashes);

        // Ten anchors stay within the radius of the centre: they are only ever replaced by hashes also within it
        // (one by one and in batches), so every search must see exactly ten, whatever merge or compaction is under
        // way. A torn replacement would show nine or eleven.
        PdqHash center = RandomHash(random);
        for (int i = 0; i < 10; i++)
        {
            PdqHash anchor = FlipBits(center, 2 * i, random);
            index.Add(-1 - i, anchor);
            oracle.Add(-1 - i, anchor);
        }

        // Churn: ids near the centre are replaced and retracted while readers search.
        const int Churn = 200;
        var churnHashes = new PdqHash[Churn];
        for (int i = 0; i < Churn; i++)
        {
            churnHashes[i] = FlipBits(center, random.Next(0, 31), random);
        }

        using var stop = new CancellationTokenSource();
        int searches = 0;
        Task[] readers = new Task[2];
        for (int t = 0; t < readers.Length; t++)
        {
            readers[t] = Task.Run(() =>
            {
                var matches = new List<PdqMatch>();
                var seen = new HashSet<long>();
                while (!stop.IsCancellationRequested)
                {
                    matches.Clear();
                    seen.Clear();
                    index.Search(center, PdqIndexLayout.DefaultRadius, matches);
                    int anchors = 0;
                    foreach (PdqMatch match in matches)
                    {
                        Assert.True(seen.Add(match.Id), $"id {match.Id} reported twice");
                        Assert.InRange(match.Distance, 0, PdqIndexLayout.DefaultRadius);
                        anchors += match.Id < 0 ? 1 : 0;
                    }

                    Assert.Equal(10, anchors);
                    Interlocked.Increment(ref searches);
                }
            }, TestContext.Current.CancellationToken);
        }

        var writerRandom = new Random(1414);
        for (int step = 0; step < 5000; step++)
        {
            long id = 100_000 + writerRandom.Next(Churn);
            if (writerRandom.Next(3) == 0)
            {
                Assert.Equal(oracle.Remove(id), index.Remove(id));
            }
            else
            {
                PdqHash hash = FlipBits(churnHashes[id - 100_000], writerRandom.Next(0, 4), writerRandom);
                index.Add(id, hash);
                oracle.Add(id, hash);
            }

            if (step % 97 == 0)
            {
                long anchor = -1 - writerRandom.Next(10);
                PdqHash hash = FlipBits(center, writerRandom.Next(0, 20), writerRandom);
                index.Add(anchor, hash);
                oracle.Add(anchor, hash);
            }

            if (step % 250 == 0)
            {
                long[] anchorIds = new long[10];
                PdqHash[] anchorHashes = new PdqHash[10];
                for (int i = 0; i < 10; i++)
                {
                    anchorIds[i] = -1 - i;
                    anchorHashes[i] = FlipBits(center, writerRandom.Next(0, 20), writerRandom);
                    oracle.Add(anchorIds[i], anchorHashes[i]);
                }

                index.AddRange(anchorIds, anchorHashes);
            }

            if (step % 250 == 0)
            {
                // Retract a block of built entries so compaction runs during the searches as well.
                for (long old = step / 250 * 250; old < (step / 250 * 250) + 250; old++)
                {
                    Assert.Equal(oracle.Remove(old + 1), index.Remove(old + 1));
                }
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(Volatile.Read(ref searches) > 0);
        Assert.Equal(oracle.Count, index.Count);
        AssertSameResults(oracle, index, center, PdqIndexLayout.DefaultRadius);
        AssertSameResults(oracle, index, center, 64);
        for (int i = 0; i < 50; i++)
        {
            AssertSameResults(oracle, index, hashes[random.Next(hashes.Length)], PdqIndexLayout.DefaultRadius);
        }
    }
}
