using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Keys;

namespace Mizan.Data.Accounts;

/// <summary>
/// Console users: created with a role and organisation like API keys, signed in by name and password, locked
/// after repeated failures, disabled rather than deleted. Every change to an account is audited.
/// </summary>
public sealed class UserService(MizanDbContext db, AuditLog audit, AccountOptions options, TimeProvider clock)
{
    /// <summary>The interface languages.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ar"];

    /// <summary>Creates a user. The name must be new (case-insensitively); the password at least the configured length.</summary>
    public async Task<UserView> CreateAsync(
        string name, string role, int organisationId, string password, string language, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        name = (name ?? "").Trim();
        if (name.Length is < 1 or > 100 || name.Any(char.IsControl) || name.Contains(':', StringComparison.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A user needs a name of 1-100 characters without ':' or control characters.");
        }

        if (!Roles.IsKnown(role))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"Unknown role '{role}'. Roles: {string.Join(", ", Roles.All)}.");
        }

        RequireLanguage(language);
        CheckPassword(password);
        string normalized = Normalize(name);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no organisation with id {organisationId}.");
        }

        if (await db.ConsoleUsers.AnyAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.Conflict, $"There is already a user named '{name}'.");
        }

        var user = new ConsoleUser
        {
            Name = name,
            NormalizedName = normalized,
            Role = role,
            OrganisationId = organisationId,
            PasswordHash = PasswordHashing.Hash(password),
            SecurityStamp = NewStamp(),
            Language = language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ConsoleUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(db, actor, new AuditRecord("user.created", "user", Id(user), null, View(user), null), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return View(user);
    }

    /// <summary>
    /// Checks a name and password. Unknown names cost as much time as wrong passwords and are reported alike; a
    /// locked account is refused without looking at the password; the configured number of failures in a row locks it.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        string normalized = Normalize((name ?? "").Trim());
        var user = normalized.Length == 0 ? null
            : await db.ConsoleUsers.FirstOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || user.DisabledAt is not null)
        {
            PasswordHashing.Verify(password, PasswordHashing.Decoy);
            return new SignInResult(SignInOutcome.Failed, null, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, null, until);
        }

        if (!PasswordHashing.Verify(password, user.PasswordHash))
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= options.MaxFailedSignIns)
            {
                user.FailedSignIns = 0;
                user.LockedUntil = now.AddMinutes(options.LockoutMinutes);
                await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await audit.AppendAsync(
                    db, AuditActor.System("console"), new AuditRecord("user.locked_out", "user", Id(user), null, new { lockedUntil = user.LockedUntil },
                        $"{options.MaxFailedSignIns} failed sign-ins in a row"), cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new SignInResult(SignInOutcome.LockedOut, null, user.LockedUntil);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.Failed, null, null);
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SignInResult(SignInOutcome.Success, Identity(user), null);
    }

    /// <summary>
    /// Signs in a person whose identity an external provider proved (single sign-on): the name must be an enabled
    /// console account that is not locked; no password is involved, and the account's role and organisation apply.
    /// </summary>
    public async Task<SignInResult> SignInExternalAsync(string name, CancellationToken cancellationToken)
    {
        string normalized = Normalize((name ?? "").Trim());
        var user = normalized.Length == 0 ? null
            : await db.ConsoleUsers.FirstOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || user.DisabledAt is not null)
        {
            return new SignInResult(SignInOutcome.Failed, null, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, null, until);
        }

        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SignInResult(SignInOutcome.Success, Identity(user), null);
    }

    /// <summary>The user behind a session, or null when the account was disabled or changed since (the stamp differs).</summary>
    public async Task<UserIdentity?> ValidateSessionAsync(int id, string stamp, CancellationToken cancellationToken)
    {
        var user = await db.ConsoleUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        return user is null || user.DisabledAt is not null || !string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal)
            ? null
            : Identity(user);
    }

    /// <summary>Every user, by name.</summary>
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.ConsoleUsers.AsNoTracking().OrderBy(u => u.NormalizedName).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(View).ToList();

    /// <summary>Disables (or enables again) a user; disabling ends their sessions.</summary>
    public async Task<UserView> SetDisabledAsync(int id, bool disabled, AuditActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await ChangeAsync(id, disabled ? "user.disabled" : "user.enabled", actor, reason, user =>
        {
            user.DisabledAt = disabled ? user.DisabledAt ?? clock.GetUtcNow().UtcDateTime : null;
            user.SecurityStamp = NewStamp();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets a new password, lifts a lockout and ends the user's sessions.</summary>
    public async Task<UserView> SetPasswordAsync(int id, string password, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        CheckPassword(password);
        return await ChangeAsync(id, "user.password_set", actor, null, user =>
        {
            user.PasswordHash = PasswordHashing.Hash(password);
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            user.SecurityStamp = NewStamp();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's interface language (<see cref="Languages"/>); not audited (a preference, not a permission).</summary>
    public async Task SetLanguageAsync(int id, string language, CancellationToken cancellationToken)
    {
        RequireLanguage(language);
        int updated = await db.ConsoleUsers.Where(u => u.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no user {id}.");
        }
    }

    private async Task<UserView> ChangeAsync(
        int id, string action, AuditActor actor, string? reason, Action<ConsoleUser> change, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.ConsoleUsers.FirstOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no user {id}.");
        var before = View(user);
        change(user);
        await audit.AppendAsync(db, actor, new AuditRecord(action, "user", Id(user), before, View(user), reason), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return View(user);
    }

    private void CheckPassword(string password)
    {
        if (password is null || password.Length < options.MinPasswordLength || password.Length > 1024)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A password needs {options.MinPasswordLength}-1024 characters.");
        }
    }

    private static void RequireLanguage(string language)
    {
        if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"The language must be one of {string.Join(", ", Languages)}; got '{language}'.");
        }
    }

    private static string Normalize(string name) => name.ToUpperInvariant();

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static UserIdentity Identity(ConsoleUser u) => new(u.Id, u.Name, u.Role, u.OrganisationId, u.Language, u.SecurityStamp);

    private static UserView View(ConsoleUser u) =>
        new(u.Id, u.Name, u.Role, u.OrganisationId, u.Language, u.CreatedAt, u.LastSignInAt, u.LockedUntil, u.DisabledAt);

    private static string Id(ConsoleUser u) => u.Id.ToString(CultureInfo.InvariantCulture);
}
