using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data;
using Mizan.Data.Audit;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The audit chain, newest first, with the API's filters, and its verification on request.</summary>
[Authorize(Policy = ConsolePolicies.AuditRead)]
public sealed class AuditModel(AuditReader reader, MizanDbContext db) : ConsolePageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? SubjectType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>Show events before this sequence number (older pages).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Verify { get; set; }

    public IReadOnlyList<AuditEventView> Events { get; private set; } = [];

    public long? Older { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Verify)
        {
            Verification = await AuditVerifier.VerifyAsync(db, null, ct).ConfigureAwait(false);
        }

        // The reader pages forwards from a sequence number; the newest page starts PageSize events before the end.
        long head = Before ?? (await db.AuditChainHeads.AsNoTracking().Select(h => h.LastSeq).FirstOrDefaultAsync(ct).ConfigureAwait(false) + 1);
        bool filtered = !string.IsNullOrWhiteSpace(SubjectType) || !string.IsNullOrWhiteSpace(SubjectId) || !string.IsNullOrWhiteSpace(Action);
        try
        {
            var events = new List<AuditEventView>();
            long after = filtered ? 0 : Math.Max(0, head - 1 - PageSize);
            while (true)
            {
                var page = await reader.ListAsync(new AuditQuery(Blank(SubjectType), Blank(SubjectId), Blank(Action), null, null, after, 500), ct).ConfigureAwait(false);
                events.AddRange(page.Where(e => e.Seq < head));
                if (page.Count < 500 || page[^1].Seq >= head - 1)
                {
                    break;
                }

                after = page[^1].Seq;
            }

            Events = events.OrderByDescending(e => e.Seq).Take(PageSize).ToList();
            Older = Events.Count == PageSize || (!filtered && Events.Count > 0 && Events[^1].Seq > 1) ? Events[^1].Seq : null;
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.InvalidRequest)
        {
            Error = ex.Message;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
