using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Accounts;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Administrators: console users, created and disabled here or with <c>mizan users</c>.</summary>
[Authorize(Policy = ConsolePolicies.Admin)]
public sealed class UsersModel(UserService users) : ConsolePageModel
{
    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct).ConfigureAwait(false);

    public Task<IActionResult> OnPostCreateAsync(string? name, string? role, int organisationId, string? language, string? password, CancellationToken ct) =>
        ActAsync(ConsolePolicies.Admin, async () =>
        {
            var user = await users.CreateAsync(name ?? "", role ?? "", organisationId, password ?? "", language ?? "en", AuditActor, ct).ConfigureAwait(false);
            return Texts["Users.Created", user.Name];
        }, () => RedirectToPage());

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    private Task<IActionResult> SetDisabledAsync(int id, bool disabled, CancellationToken ct) =>
        ActAsync(ConsolePolicies.Admin, async () =>
        {
            if (disabled && id == CurrentUser.Id)
            {
                throw new Mizan.Core.MizanException(Mizan.Core.ErrorCodes.Conflict, Texts["Users.NotSelf"]);
            }

            var user = await users.SetDisabledAsync(id, disabled, AuditActor, null, ct).ConfigureAwait(false);
            return Texts[disabled ? "Users.DisabledDone" : "Users.EnabledDone", user.Name];
        }, () => RedirectToPage());
}
