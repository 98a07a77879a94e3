using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.Orders;
using Mizan.Data.Organisations;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// A legal officer enters a removal order from a document received by PERCI, email or otherwise: the document as
/// received and the Annex I fields read from it, through <see cref="RemovalOrderService.EnterAsync"/> as
/// POST /v1/removal-orders/entry does (the document stored once with its SHA-256, the receipt time the server's).
/// </summary>
[Authorize(Policy = ConsolePolicies.RemovalOrdersWork)]
public sealed class OrderNewModel(RemovalOrderService orders, OrganisationService organisations) : ConsolePageModel
{
    /// <summary>The authority organisations an order can come from.</summary>
    public IReadOnlyList<OrganisationView> Authorities { get; private set; } = [];

    [BindProperty]
    public OrderEntryForm Entry { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(IFormFile? document, CancellationToken ct)
    {
        if (!await MayAsync(ConsolePolicies.RemovalOrdersWork).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            if (document is null || document.Length == 0)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, Texts["Orders.New.NoDocument"]);
            }

            using var buffer = new MemoryStream();
            await using (var stream = document.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            }

            var received = new ReceivedDocument(
                buffer.ToArray(), string.IsNullOrEmpty(document.ContentType) ? "application/octet-stream" : document.ContentType, document.FileName);
            var order = await orders.EnterAsync(Entry.ToSubmission(), received, Actor, ct).ConfigureAwait(false);
            Message = Texts["Orders.New.Entered", order.Id, order.RawDocumentSha256];
            MessageIsError = false;
            return RedirectToPage("/Order", new { id = order.Id });
        }
        catch (MizanException ex) when (ex.ErrorCode != ErrorCodes.NotFound)
        {
            Error = ex.Message;
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Authorities = (await organisations.ListAsync(ct).ConfigureAwait(false))
            .Where(o => o.Kind == OrganisationKinds.Authority).ToList();
}

/// <summary>The entry form's fields: Annex I as the officer reads it from the document, and where it came from.</summary>
public sealed class OrderEntryForm
{
    public int? OrganisationId { get; set; }

    public string? Channel { get; set; }

    public string? Authentication { get; set; }

    public string? TransportHeaders { get; set; }

    public string? AuthorityReference { get; set; }

    public string? IssuingMemberState { get; set; }

    public string? AuthorityName { get; set; }

    public string? AuthorityType { get; set; }

    public string? Representative { get; set; }

    public string? FileNumber { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? FollowUpContact { get; set; }

    /// <summary>UTC, as the form's datetime-local field gives it.</summary>
    public string? IssuedAt { get; set; }

    /// <summary>One URL per line.</summary>
    public string? Urls { get; set; }

    public string? AdditionalLocators { get; set; }

    public List<string> MaterialTypes { get; set; } = [];

    public string? Reasons { get; set; }

    public string? RedressBody { get; set; }

    public string? RedressDeadline { get; set; }

    public string? RedressLawUrl { get; set; }

    public string? NonDisclosureUntil { get; set; }

    public bool IsCrossBorder { get; set; }

    public string? HomeMemberState { get; set; }

    public bool CopySentToHomeAuthority { get; set; }

    public string? AdvanceNoticeReceivedAt { get; set; }

    public bool Emergency { get; set; }

    /// <summary>The submission the service checks (blank fields left out, times read as UTC).</summary>
    public RemovalOrderSubmission ToSubmission() => new()
    {
        OrganisationId = OrganisationId,
        Channel = Blank(Channel),
        Authentication = Blank(Authentication),
        TransportHeaders = Blank(TransportHeaders),
        AuthorityReference = Blank(AuthorityReference),
        IssuingMemberState = Blank(IssuingMemberState),
        IssuingAuthority = new IssuingAuthorityInput(Blank(AuthorityName), Blank(AuthorityType), Blank(Representative), Blank(FileNumber), Blank(Address), Blank(Phone), Blank(Email)),
        FollowUpContact = Blank(FollowUpContact),
        IssuedAt = Utc(IssuedAt),
        Urls = (Urls ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() is { Count: > 0 } urls ? urls : null,
        AdditionalLocators = Blank(AdditionalLocators),
        MaterialTypes = MaterialTypes.Count > 0 ? MaterialTypes : null,
        Reasons = Blank(Reasons),
        Redress = new RedressInput(Blank(RedressBody), Blank(RedressDeadline), Blank(RedressLawUrl)),
        NonDisclosureUntil = Utc(NonDisclosureUntil),
        IsCrossBorder = IsCrossBorder,
        HomeMemberState = Blank(HomeMemberState),
        CopySentToHomeAuthority = CopySentToHomeAuthority,
        AdvanceNoticeReceivedAt = Utc(AdvanceNoticeReceivedAt),
        Emergency = Emergency,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateTimeOffset? Utc(string? value) => OrderClock.ParseUtc(value);
}
