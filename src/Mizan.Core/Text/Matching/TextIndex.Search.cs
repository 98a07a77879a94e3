namespace Mizan.Core.Text.Matching;

public sealed partial class TextIndex
{
    /// <summary>
    /// Finds the indexed items whose whole-item Jaccard similarity with <paramref name="query"/> is at least
    /// <paramref name="minSimilarity"/> or whose containment in it (share of the known item's shingles present in
    /// the query) is at least <paramref name="minContainment"/>, in any channel, and appends at most one
    /// <see cref="TextMatch"/> per item (its best channel: highest of similarity and containment) to
    /// <paramref name="results"/>.
    /// </summary>
    /// <remarks>
    /// Candidates come from banded LSH over the whole query and its passages against the known items and their
    /// passages; each is verified exactly on the stored shingle sets, so nothing below both thresholds is ever
    /// reported, while an item above them may be missed with the small probability banding leaves (recall at
    /// similarity s ≥ 1 − (1 − s⁵)²⁵ with the default bands). Thresholds below
    /// <see cref="TextMatchOptions.MinSimilarityFloor"/> and <see cref="TextMatchOptions.MinContainmentFloor"/>
    /// are raised to them. A <see cref="TextFingerprint.TooShort"/> query finds nothing. Results are in no
    /// particular order.
    /// </remarks>
    /// <exception cref="ArgumentException">The fingerprint was computed with incompatible options.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is NaN or above 1.</exception>
    public void Search(TextFingerprint query, double minSimilarity, double minContainment, List<TextMatch> results)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);
        CheckCompatible(query);
        if (double.IsNaN(minSimilarity) || minSimilarity > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minSimilarity), minSimilarity, "Must be at most 1.");
        }

        if (double.IsNaN(minContainment) || minContainment > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minContainment), minContainment, "Must be at most 1.");
        }

        if (query.TooShort)
        {
            return;
        }

        minSimilarity = Math.Max(minSimilarity, _options.MinSimilarityFloor);
        minContainment = Math.Max(minContainment, _options.MinContainmentFloor);
        TextSearchScratch scratch = TextSearchScratch.Current;
        _lock.EnterReadLock();
        try
        {
            CollectCandidates(query, scratch);
            CollectAnchorCandidates(query, scratch);
            Verify(query, minSimilarity, minContainment, scratch, results);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>LSH candidate postings (with repeats) and distinct candidate items of a query: for tests and tuning.</summary>
    internal (int Postings, int Items) CountCandidates(TextFingerprint query)
    {
        TextSearchScratch scratch = TextSearchScratch.Current;
        _lock.EnterReadLock();
        try
        {
            CollectCandidates(query, scratch);
            Span<long> candidates = scratch.Candidates;
            candidates.Sort();
            int items = 0;
            for (int i = 0; i < candidates.Length; i++)
            {
                items += i == 0 || (candidates[i] >> 2) != (candidates[i - 1] >> 2) ? 1 : 0;
            }

            return (candidates.Length, items);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Exact Jaccard similarity and containment of two sorted distinct sets (for tests and baselines).</summary>
    internal static (double Similarity, double Containment) Compare(ReadOnlySpan<uint> known, ReadOnlySpan<uint> query)
    {
        int intersection = IntersectionCount(known, query);
        return Ratios(intersection, known.Length, query.Length);
    }

    /// <summary>|a ∩ b| of two sorted distinct sets by a branch-free merge.</summary>
    internal static int IntersectionCount(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.Length && j < b.Length)
        {
            uint x = a[i];
            uint y = b[j];
            count += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return count;
    }

    private static (double Similarity, double Containment) Ratios(int intersection, int known, int query)
    {
        int union = known + query - intersection;
        return (union == 0 ? 0 : (double)intersection / union, known == 0 ? 0 : (double)intersection / known);
    }

    private void CollectCandidates(TextFingerprint query, TextSearchScratch scratch)
    {
        scratch.CandidateCount = 0;
        int maxBands = Math.Max(_options.Bands, _options.WordSetBands); // ≤ SignatureSize ≤ 1024
        Span<uint> keys = stackalloc uint[maxBands];
        for (int c = 0; c < ChannelCount; c++)
        {
            TextChannelFingerprint channel = query.Channel(c);
            (int bands, int r) = Banding(c);
            BandTable table = _tables[c];
            ulong[] entries = table.Entries;
            int mask = table.Mask;
            bool anySize = c == (int)TextChannel.WordSet;
            int size = channel.ShingleSize;
            for (int row = 0; row < channel.SignatureCount; row++)
            {
                ReadOnlySpan<uint> signature = channel.Signature(row);
                if (signature[0] == MinHasher.Empty)
                {
                    continue;
                }

                // Two sweeps over the bands (hash and prefetch, then probe) so a row's cache misses overlap.
                for (int b = 0; b < bands; b++)
                {
                    keys[b] = Shingling.BandKey(signature.Slice(b * r, r), b);
                    table.Prefetch(keys[b]);
                }

                for (int b = 0; b < bands; b++)
                {
                    uint key = keys[b];
                    for (int i = table.Home(key); ; i = (i + 1) & mask)
                    {
                        ulong entry = entries[i];
                        if (entry == BandTable.EmptyEntry)
                        {
                            break;
                        }

                        if (BandTable.KeyOf(entry) != key)
                        {
                            continue;
                        }

                        int slot = BandTable.SlotOf(entry);
                        int slotSize = _shingleSizes[slot];
                        if (slotSize != 0 && (anySize || slotSize == size))
                        {
                            scratch.AddCandidate(((long)slot << 2) | (long)c);
                        }
                    }
                }
            }
        }
    }

    /// <summary>A query with this many times the item's distinct shingles is compared region by region.</summary>
    private const int RegionalFactor = 2;

    /// <summary>
    /// Adds as candidates the known items whose anchor words (<see cref="AnchorTable"/>) are mostly in the query:
    /// items contained in the query that LSH cannot propose, because the query is much longer than they are (a
    /// short item inside a long post: even the query's passages are) or holds many other words (a known item
    /// reordered among quoted verses that were not masked).
    /// </summary>
    private void CollectAnchorCandidates(TextFingerprint query, TextSearchScratch scratch)
    {
        // The query's distinct words, first as a list to look up and then as bits the postings are checked against.
        List<uint> words = scratch.QueryWordList;
        SkeletonWords(query, scratch.QueryWords, words, null);
        ReadOnlySpan<uint> distinct = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        WordBits present = scratch.WordBits(distinct);
        foreach (uint word in distinct)
        {
            foreach (ref readonly AnchorPosting posting in _anchors.Lookup(word))
            {
                // An item posted under several words the query holds is added once for each; Verify skips repeats.
                if (posting.Holds(present, AnchorTable.Needed(posting.Count)) && _shingleSizes[posting.Slot] != 0)
                {
                    scratch.AddCandidate(((long)posting.Slot << 2) | (long)TextChannel.Skeleton);
                }
            }
        }
    }

    private void Verify(
        TextFingerprint query, double minSimilarity, double minContainment, TextSearchScratch scratch, List<TextMatch> results)
    {
        Span<long> candidates = scratch.Candidates;
        candidates.Sort();
        scratch.ResetFilters();
        int querySize = query.Channel((int)TextChannel.Match).ShingleSize;
        int previous = -1;
        foreach (long candidate in candidates)
        {
            int slot = (int)(candidate >> 2);
            if (slot == previous)
            {
                continue;
            }

            // A candidate from any channel is verified in every channel. The best channel is the character channel
            // with the highest max(similarity, containment) that passes; the order-free WordSet channel only when no
            // character channel passes, since it says the least about the text (it is there for shuffled words).
            // WordSet passes on similarity only: the few distinct words of a short item are mostly common words, so
            // their containment in a long post is high by chance.
            previous = slot;
            int bestChannel = -1;
            double bestScore = -1;
            double bestSimilarity = 0;
            double bestContainment = 0;
            bool sameSize = _shingleSizes[slot] == querySize;

            // A short item (short shingles) in a long query is compared with the query's shingles at its size.
            bool shortInLong = !sameSize && ShortInsideLong && _shingleSizes[slot] == _options.ShortTextShingleSize;
            for (int c = 0; c < ChannelCount; c++)
            {
                bool words = c == (int)TextChannel.WordSet;
                if ((!sameSize && !shortInLong && !words) || (words && bestChannel >= 0))
                {
                    continue;
                }

                uint[] known = _sets[c][slot]!;
                bool alternate = shortInLong && !words;
                TextChannelFingerprint channel = alternate ? query.ShortShingles(c) : query.Channel(c);
                ReadOnlySpan<uint> shingles = channel.DistinctShingles;
                int intersection = scratch.Filter(alternate ? c + ChannelCount : c, shingles).IntersectionCount(known);
                (double similarity, double containment) = Ratios(intersection, known.Length, shingles.Length);
                bool regional = !words && (alternate || shingles.Length > RegionalFactor * known.Length);
                if (regional && containment >= minContainment)
                {
                    // The region's containment is at most the whole query's, so below the threshold it cannot pass
                    // and is not worth locating (most candidates of a long post end here).
                    containment = ContainmentInRegion(channel, known, scratch);
                }

                double score = Math.Max(similarity, containment);

                // In a query much longer than the item, containment is counted in the region that holds the item
                // (a long post of the same language holds most of any item's n-grams somewhere), and it alone
                // decides (the whole query's similarity cannot reach a threshold there).
                bool passes = regional
                    ? containment >= minContainment
                    : similarity >= minSimilarity || (!words && containment >= minContainment);
                if (passes && score > bestScore)
                {
                    bestChannel = c;
                    bestScore = score;
                    bestSimilarity = similarity;
                    bestContainment = containment;
                }
            }

            if (bestChannel >= 0)
            {
                uint[] set = _sets[bestChannel][slot]!;
                TextChannelFingerprint located = shortInLong && bestChannel != (int)TextChannel.WordSet
                    ? query.ShortShingles(bestChannel)
                    : query.Channel(bestChannel);
                TextSpan span = Locate(located, scratch.KnownFilter(set));
                span = query.Channel((int)TextChannel.Match).Text.SnapToWords(span);
                results.Add(new TextMatch(_ids[slot], (TextChannel)bestChannel, bestSimilarity, bestContainment, span));
            }
        }
    }

    /// <summary>
    /// The share of a known item's shingles found in the region of a much longer query that holds it (found as in
    /// <see cref="Locate"/>), rather than anywhere in the query: a long post of the same language holds most of any
    /// short item's character n-grams somewhere, so only a region where they lie together is evidence. At most the
    /// whole query's containment.
    /// </summary>
    private static double ContainmentInRegion(TextChannelFingerprint query, uint[] known, TextSearchScratch scratch)
    {
        QueryFilter filter = scratch.KnownFilter(known);
        (int start, int end) = BestRegion(query.OccurrenceHashes, filter);
        if (start < 0 || known.Length == 0)
        {
            return 0;
        }

        HashSet<uint> region = scratch.QueryWords;
        region.Clear();
        int intersection = 0;
        foreach (uint hash in query.OccurrenceHashes[start..(end + 1)])
        {
            if (region.Add(hash) && filter.Contains(hash))
            {
                intersection++;
            }
        }

        return (double)intersection / known.Length;
    }

    /// <summary>
    /// The region of the original query holding the known item: the run of shingle occurrences with the highest
    /// score when an occurrence found in the known set counts +1 and any other −1 (a maximum-sum segment,
    /// Kadane's algorithm). The known region, at most lightly edited, is dense in hits; stray common shingles
    /// elsewhere in a long post are not, so they do not stretch the span. The caller rounds it to whole words.
    /// </summary>
    private static TextSpan Locate(TextChannelFingerprint query, QueryFilter known)
    {
        (int start, int end) = BestRegion(query.OccurrenceHashes, known);
        return start < 0
            ? new TextSpan(0, 0)
            : query.Text.ToSource(new TextSpan(query.OccurrenceStart(start), query.OccurrenceEnd(end)));
    }

    /// <summary>The first and last occurrence of the maximum-sum run (see <see cref="Locate"/>), or (−1, −1).</summary>
    private static (int Start, int End) BestRegion(ReadOnlySpan<uint> occurrences, QueryFilter known)
    {
        int best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        int current = 0;
        int currentStart = 0;
        for (int i = 0; i < occurrences.Length; i++)
        {
            int value = known.Contains(occurrences[i]) ? 1 : -1;
            if (current <= 0)
            {
                current = value;
                currentStart = i;
            }
            else
            {
                current += value;
            }

            if (current > best)
            {
                best = current;
                bestStart = currentStart;
                bestEnd = i;
            }
        }

        return (bestStart, bestEnd);
    }
}
