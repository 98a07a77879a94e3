using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Banks;
using Mizan.Data.Matching;
using Mizan.Server.Features.Banks;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// The banks and, for one bank, its entries page by page (the same readers as GET /v1/banks); searching them by hash
/// or through the text matcher of /v1/scan; adding an entry by upload and retracting one with a reason, for the roles
/// of the API's banks.write.
/// </summary>
[Authorize(Policy = ConsolePolicies.BanksRead)]
public sealed class BanksModel(BankService banks, Matcher matcher, MatchOptions matching, LimitsOptions limits) : ConsolePageModel
{
    private const int PageSize = 100;
    private const int MaxFound = 100;

    /// <summary>The signal types a hash search takes.</summary>
    public static IReadOnlyList<string> HashTypes { get; } = [SignalTypes.Sha256, SignalTypes.Md5, SignalTypes.Pdq];

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public long After { get; set; }

    /// <summary>The signal type of a hash search.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Signal { get; set; }

    /// <summary>The hash searched for (hex).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Hash { get; set; }

    public IReadOnlyList<BankSummary> Banks { get; private set; } = [];

    public BankSummary? Bank { get; private set; }

    public IReadOnlyList<EntryView> Entries { get; private set; } = [];

    public long? Next { get; private set; }

    /// <summary>Whether the signed-in person may add and retract entries (banks.write).</summary>
    public bool MayWrite { get; private set; }

    /// <summary>The largest PDQ distance that counts as a match.</summary>
    public int PdqMaxDistance => matching.PdqMaxDistance;

    /// <summary>A search was made (its results may be empty).</summary>
    public bool Searched { get; private set; }

    /// <summary>Stored signals with exactly the searched hash, retracted ones included.</summary>
    public IReadOnlyList<FoundEntry> Exact { get; private set; } = [];

    /// <summary>PDQ: live entries within the matching distance; text: the entries the text matcher finds.</summary>
    public IReadOnlyList<ScanMatch> Matches { get; private set; } = [];

    /// <summary>The text searched for.</summary>
    public string? SearchedText { get; private set; }

    /// <summary>The matcher's notes (such as a text too short to match).</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Hash))
        {
            string signal = Signal ?? SignalTypes.Sha256;
            string hash = Hash.Trim();
            await SearchAsync((signal, hash), signal == SignalTypes.Pdq ? new ScanInput { Pdq = hash } : null, ct).ConfigureAwait(false);
        }

        return Page();
    }

    /// <summary>Finds the entries a pasted text matches, through the matcher of /v1/scan (posted: a text may be long).</summary>
    public async Task<IActionResult> OnPostSearchAsync(string? text, CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        SearchedText = text ?? "";
        await SearchAsync(null, new ScanInput { Text = SearchedText }, ct).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Adds an entry: an uploaded file hashed as the API hashes it, or a text; the id is derived from the content when not given.</summary>
    public Task<IActionResult> OnPostAddAsync(IFormFile? file, string? text, string? id, string? labels, CancellationToken ct) =>
        ActAsync(ConsolePolicies.BanksWrite, async () =>
        {
            string bank = Name ?? throw new MizanException(ErrorCodes.InvalidRequest, Texts["Banks.NoBank"]);
            var labelList = BanksApi.FormLabels([labels]);
            string? entryId = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
            EntryInput input;
            if (file is { Length: > 0 })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    throw new MizanException(ErrorCodes.InvalidRequest, Texts["Banks.FileOrText"]);
                }

                var signals = await BanksApi.FileSignalsAsync(file, limits, ct).ConfigureAwait(false);
                input = EntryInputs.FromFile(entryId ?? "sha256-" + signals.Hashes.Sha256Hex[..16], signals, labelList, null);
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                entryId ??= "text-" + SignalTypes.TextValue(text)[..16];
                input = EntryInputs.FromText(entryId, text, labelList, null);
            }
            else
            {
                throw new MizanException(ErrorCodes.InvalidRequest, Texts["Banks.FileOrText"]);
            }

            var result = (await banks.AddEntriesAsync(bank, [input], AuditActor, ct).ConfigureAwait(false))[0];
            if (result.Failed)
            {
                throw new MizanException(result.ErrorCode!, result.Error!);
            }

            return result.Added > 0 ? Texts["Banks.AddedDone", input.ExternalId, result.Added] : Texts["Banks.Unchanged", input.ExternalId];
        }, () => RedirectToPage(new { Name }));

    /// <summary>Retracts an entry: it never matches again; the reason (required, as in the API) is kept.</summary>
    public Task<IActionResult> OnPostRetractAsync(string? entry, string? reason, CancellationToken ct) =>
        ActAsync(ConsolePolicies.BanksWrite, async () =>
        {
            string bank = Name ?? throw new MizanException(ErrorCodes.InvalidRequest, Texts["Banks.NoBank"]);
            int count = await banks.RetractAsync(bank, entry ?? "", reason ?? "", AuditActor, ct).ConfigureAwait(false);
            return count > 0 ? Texts["Banks.RetractedDone", entry ?? "", count] : Texts["Banks.AlreadyRetracted", entry ?? ""];
        }, () => RedirectToPage(new { Name }));

    /// <summary>
    /// Runs a search: the stored entries with exactly <paramref name="exact"/> (signal type and hex), then what the
    /// matcher finds for <paramref name="scan"/>; a malformed query becomes the page's error.
    /// </summary>
    private async Task SearchAsync((string Signal, string Hash)? exact, ScanInput? scan, CancellationToken ct)
    {
        try
        {
            if (exact is { } e)
            {
                Exact = await banks.FindEntriesAsync(Name, e.Signal, e.Hash, MaxFound, ct).ConfigureAwait(false);
            }

            if (scan is not null)
            {
                var outcome = await matcher.ScanAsync(scan, ct).ConfigureAwait(false);
                Matches = InThisBank(outcome.Matches);
                Notes = outcome.Notes;
            }

            Searched = true;
        }
        catch (MizanException ex) when (ex.ErrorCode != ErrorCodes.NotFound)
        {
            Error = ex.Message;
        }
    }

    /// <summary>The matches of this page's bank, or of every bank on the list page.</summary>
    private List<ScanMatch> InThisBank(IReadOnlyList<ScanMatch> matches) =>
        matches.Where(m => Name is null || string.Equals(m.Bank, Name, StringComparison.Ordinal)).ToList();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        MayWrite = await MayAsync(ConsolePolicies.BanksWrite).ConfigureAwait(false);
        if (Name is null)
        {
            Banks = await banks.ListBanksAsync(ct).ConfigureAwait(false);
            return true;
        }

        try
        {
            Bank = await banks.GetBankAsync(Name, ct).ConfigureAwait(false);
            Entries = await banks.ListEntriesAsync(Name, After, PageSize, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        Next = Entries.Count == PageSize ? Entries[^1].RowId : null;
        return true;
    }
}
