using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mizan.Core;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Moderation;

namespace Mizan.Server.ReviewConsole;

/// <summary>What every console page shares: the signed-in person, role checks for actions, texts, messages.</summary>
public abstract class ConsolePageModel : PageModel
{
    /// <summary>The signed-in person.</summary>
    public UserIdentity CurrentUser => User.ConsoleUser();

    /// <summary>The signed-in person for the moderation services.</summary>
    public ModerationActor Actor => User.ConsoleActor();

    /// <summary>The signed-in person for the audit chain.</summary>
    public AuditActor AuditActor => User.ConsoleAuditActor();

    /// <summary>A message for the person after an action (a failure's text, or a confirmation).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Whether <see cref="Message"/> reports a failure.</summary>
    [TempData]
    public bool MessageIsError { get; set; }

    /// <summary>A failure to show on the page this request renders (not carried to the next request).</summary>
    public string? Error { get; protected set; }

    /// <summary>The interface texts.</summary>
    protected IStringLocalizer<ConsoleText> Texts => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ConsoleText>>();

    /// <summary>Whether the signed-in person's role passes a console policy.</summary>
    protected async Task<bool> MayAsync(string policy) =>
        (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, policy).ConfigureAwait(false)).Succeeded;

    /// <summary>403 for an action the role does not allow.</summary>
    protected IActionResult Forbidden() => Forbid(ConsoleAuth.Scheme);

    /// <summary>
    /// Runs an action of the services; a domain refusal (a conflict, invalid input) becomes a message on the page
    /// rather than an error page, and nothing is changed.
    /// </summary>
    protected async Task<IActionResult> ActAsync(string policy, Func<Task<string>> action, Func<IActionResult> then)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(then);
        if (!await MayAsync(policy).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            Message = await action().ConfigureAwait(false);
            MessageIsError = false;
        }
        catch (MizanException ex) when (ex.ErrorCode != ErrorCodes.NotFound)
        {
            Message = ex.Message;
            MessageIsError = true;
        }

        return then();
    }
}
