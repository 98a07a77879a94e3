using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using static Mizan.Core.Tests.Indexing.PdqTestData;

namespace Mizan.Core.Tests.Indexing;

public sealed class PdqReadCounterTests
{
    [Fact]
    public void CountReads_OneBucketHoldingEveryEntry_CountsItsHeadItsRecordAndEveryRowOnce()
    {
        // 4,096 entries with the same hash: in every chunk they share one bucket, whose record (a size and 4,096
        // positions, 16,388 bytes) spans 257 or 258 lines; their 32-byte rows fill 2,048 lines.
        PdqHash hash = RandomHash(new Random(7));
        const int Count = 4096;
        PdqIndex index = PdqIndex.Build(SequentialIds(Count, first: 1), Enumerable.Repeat(hash, Count).ToArray());
        var counter = new PdqReadCounter();

        Assert.True(index.CountReads(hash, 0, counter));

        int searchedChunks = counter.HeadLines;
        Assert.InRange(searchedChunks, 1, index.ChunkCount);
        Assert.InRange(counter.RecordLines, 257 * searchedChunks, 258 * searchedChunks);
        Assert.Equal(Count / 2, counter.RowLines);
        Assert.Equal(0, counter.RowLinesOfHeads); // every candidate came from a record
        Assert.Equal(searchedChunks, counter.Batches); // radius 0: one key, so one batch, a chunk
        Assert.Equal(counter.HeadLines + counter.RecordLines + counter.RowLines, counter.Lines);
    }

    [Fact]
    public void CountReads_AnEntryAloneInItsBucket_CountsItsRowAsReadAfterTheHead_AndOneBatchAChunk()
    {
        PdqHash[] hashes = RandomHashes(new Random(9), 4096);
        PdqIndex index = PdqIndex.Build(SequentialIds(hashes.Length, first: 1), hashes);
        var counter = new PdqReadCounter();

        Assert.True(index.CountReads(hashes[0], 0, counter));

        // Radius 0: one key in each searched chunk, so one batch and one head line a searched chunk. With 4,096
        // entries over 2^16 or more values a chunk the entry is alone in its bucket, so its row is read after the head.
        Assert.InRange(counter.HeadLines, 1, index.ChunkCount);
        Assert.Equal(counter.HeadLines, counter.Batches);
        Assert.Equal(1, counter.RowLinesOfHeads);
        Assert.Equal(1, counter.RowLines);
    }

    [Fact]
    public void CountReads_TooFewEntriesToIndex_SaysTheIndexWouldScan()
    {
        PdqHash[] hashes = RandomHashes(new Random(8), 100);
        PdqIndex index = PdqIndex.Build(SequentialIds(hashes.Length, first: 1), hashes);

        Assert.False(index.CountReads(hashes[0], PdqIndexLayout.DefaultRadius, new PdqReadCounter()));
    }
}
