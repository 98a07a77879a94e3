using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Banks;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The banks and, for one bank, its entries page by page (the same readers as GET /v1/banks).</summary>
[Authorize(Policy = ConsolePolicies.BanksRead)]
public sealed class BanksModel(BankService banks) : ConsolePageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public long After { get; set; }

    public IReadOnlyList<BankSummary> Banks { get; private set; } = [];

    public BankSummary? Bank { get; private set; }

    public IReadOnlyList<EntryView> Entries { get; private set; } = [];

    public long? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Name is null)
        {
            Banks = await banks.ListBanksAsync(ct).ConfigureAwait(false);
            return Page();
        }

        try
        {
            Bank = await banks.GetBankAsync(Name, ct).ConfigureAwait(false);
            Entries = await banks.ListEntriesAsync(Name, After, PageSize, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        Next = Entries.Count == PageSize ? Entries[^1].RowId : null;
        return Page();
    }
}
