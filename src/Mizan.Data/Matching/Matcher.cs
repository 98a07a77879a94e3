using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;
using Mizan.Core.Urls;
using Mizan.Data.Banks;
using Mizan.Data.Observability;

namespace Mizan.Data.Matching;

/// <summary>
/// Matches one item against every enabled bank: candidates from the in-memory indexes, then resolved against the
/// store (bank, entry id, labels), so a retracted entry or a disabled bank never matches even if an index lags.
/// </summary>
public sealed class Matcher(MizanDbContext db, MatchIndexes indexes, MatchOptions options, MizanMetrics metrics)
{
    /// <summary>Matches the item and reports what was used and found.</summary>
    public async Task<ScanOutcome> ScanAsync(ScanInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await indexes.EnsureLoadedAsync(db, cancellationToken).ConfigureAwait(false);

        string? sha256 = input.Sha256 is null ? null : SignalTypes.Canonicalize(SignalTypes.Sha256, input.Sha256);
        string? md5 = input.Md5 is null ? null : SignalTypes.Canonicalize(SignalTypes.Md5, input.Md5);
        string? pdqHex = input.Pdq is null ? null : SignalTypes.Canonicalize(SignalTypes.Pdq, input.Pdq);
        int? quality = null;
        var notes = new List<string>();
        var pdqQueries = new List<(PdqHash Hash, PdqTransform Transform)>();

        if (input.File is { } file)
        {
            sha256 ??= file.Hashes.Sha256Hex;
            md5 ??= file.Hashes.Md5Hex;
            if (file.Pdq is { } pdq)
            {
                pdqHex ??= pdq.Original.ToString();
                quality = pdq.Quality;
                if (pdq.Quality < options.PdqMinQuality)
                {
                    notes.Add($"PDQ quality {pdq.Quality} is below {options.PdqMinQuality}: the image was hashed but not matched by PDQ.");
                }
                else
                {
                    int count = input.Dihedral ? 8 : 1;
                    for (int t = 0; t < count; t++)
                    {
                        pdqQueries.Add((pdq[(PdqTransform)t], (PdqTransform)t));
                    }
                }
            }
        }

        if (pdqHex is not null && pdqQueries.Count == 0 && quality is null)
        {
            pdqQueries.Add((PdqHash.Parse(pdqHex), PdqTransform.Original));
            if (input.Dihedral)
            {
                notes.Add("Rotations and mirrors need the image itself; only the given PDQ hash was matched.");
            }
        }

        CanonicalUrl? url = input.Url is null ? null : UrlCanonicalizer.Canonicalize(input.Url);
        if (input.Text is not null)
        {
            SignalTypes.TextValue(input.Text);
        }

        if (sha256 is null && md5 is null && pdqHex is null && url is null && input.Text is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Nothing to scan: give a pdq, md5 or sha256 hash, a text, a url, or a file.");
        }

        // Candidate row id -> (signal, distance, transform), keeping the closest hit per row.
        var candidates = new Dictionary<long, (string Signal, int Distance, PdqTransform? Transform)>();
        var pdqHits = new List<PdqMatch>();
        foreach (var (hash, transform) in pdqQueries)
        {
            pdqHits.Clear();
            indexes.SearchPdq(hash, options.PdqMaxDistance, pdqHits);
            foreach (var hit in pdqHits)
            {
                if (!candidates.TryGetValue(hit.Id, out var best) || hit.Distance < best.Distance)
                {
                    candidates[hit.Id] = (SignalTypes.Pdq, hit.Distance, input.Dihedral ? transform : null);
                }
            }
        }

        var exactHits = new List<long>();
        if (md5 is not null)
        {
            indexes.LookupExact(SignalTypes.Md5, md5, exactHits);
        }

        if (sha256 is not null)
        {
            indexes.LookupExact(SignalTypes.Sha256, sha256, exactHits);
        }

        foreach (long id in exactHits)
        {
            candidates.TryAdd(id, ("exact", 0, null));
        }

        var urlHits = new List<UrlMatch>();
        if (url is not null)
        {
            indexes.SearchUrl(url, urlHits);
            foreach (var hit in urlHits)
            {
                candidates.TryAdd(hit.Id, (SignalTypes.Url, 0, null));
            }
        }

        var textHits = new Dictionary<long, TextMatch>();
        if (input.Text is not null)
        {
            var fingerprint = indexes.Fingerprinter.Compute(input.Text);
            if (fingerprint.TooShort)
            {
                notes.Add(fingerprint.MaskedChars > 0
                    ? "Too little text is left once quotations of scripture are set aside: the text was not matched."
                    : "The text is too short to match reliably: it was not matched.");
            }
            else
            {
                var found = new List<TextMatch>();
                var floor = TextMatchOptions.Default;
                indexes.SearchText(fingerprint, floor.MinSimilarityFloor, floor.MinContainmentFloor, found);
                foreach (var hit in found)
                {
                    textHits[hit.Id] = hit;
                    candidates.TryAdd(hit.Id, (SignalTypes.Text, 0, null));
                }
            }
        }

        var matches = new List<ScanMatch>();
        if (candidates.Count > 0)
        {
            var ids = candidates.Keys.ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                var rows = await db.BankEntries.AsNoTracking()
                    .Where(e => chunk.Contains(e.Id) && !e.Retracted && e.Bank!.Enabled)
                    .Select(e => new
                    {
                        e.Id, e.ExternalId, e.SignalType, e.Value, e.Labels, e.Scope, Bank = e.Bank!.Name, e.Bank.AutoAction,
                        e.Bank.TextMinSimilarity, e.Bank.TextMinContainment,
                    })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    var hit = candidates[row.Id];
                    bool exactOk = row.SignalType switch
                    {
                        SignalTypes.Md5 => string.Equals(row.Value, md5, StringComparison.Ordinal),
                        SignalTypes.Sha256 => string.Equals(row.Value, sha256, StringComparison.Ordinal),
                        _ => true,
                    };
                    if (!exactOk)
                    {
                        continue;
                    }

                    if (row.SignalType == SignalTypes.Text)
                    {
                        var text = textHits[row.Id];
                        double minSimilarity = row.TextMinSimilarity ?? options.TextMinSimilarity;
                        double minContainment = row.TextMinContainment ?? options.TextMinContainment;
                        if (text.Similarity < minSimilarity && text.Containment < minContainment)
                        {
                            continue;
                        }

                        matches.Add(new ScanMatch(row.Bank, row.ExternalId, row.SignalType, null, null, row.Labels, row.AutoAction)
                        {
                            Similarity = Math.Round(text.Similarity, 4),
                            Containment = Math.Round(text.Containment, 4),
                            Channel = ChannelName(text.Channel),
                            Span = [text.Span.Start, text.Span.End],
                        });
                        continue;
                    }

                    matches.Add(new ScanMatch(
                        row.Bank, row.ExternalId, row.SignalType, hit.Distance,
                        hit.Transform is { } t ? PdqTransformNames.ToName(t) : null, row.Labels, row.AutoAction)
                    {
                        Scope = row.SignalType == SignalTypes.Url ? row.Scope ?? UrlScopes.Exact : null,
                    });
                }
            }
        }

        matches.Sort(static (a, b) =>
        {
            // Hash and URL matches by distance, then text matches by containment, best first.
            int c = (a.Distance ?? int.MaxValue).CompareTo(b.Distance ?? int.MaxValue);
            if (c == 0)
            {
                c = (b.Containment ?? 0).CompareTo(a.Containment ?? 0);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Bank, b.Bank);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Entry, b.Entry);
            }

            return c == 0 ? string.CompareOrdinal(a.Signal, b.Signal) : c;
        });
        var outcome = new ScanOutcome(sha256, md5, pdqHex, quality, matches, notes) { Url = url?.Value };
        metrics.RecordScan(outcome);
        return outcome;
    }

    private static string ChannelName(TextChannel channel) => channel switch
    {
        TextChannel.Skeleton => "skeleton",
        TextChannel.Spaceless => "spaceless",
        TextChannel.WordSet => "wordset",
        _ => "match",
    };
}
