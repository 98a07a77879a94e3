namespace Mizan.Data.Accounts;

/// <summary>The outcome of a sign-in attempt; <see cref="User"/> is set only on success.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="User">The user, on success.</param>
/// <param name="LockedUntil">When a locked account opens again.</param>
public sealed record SignInResult(SignInOutcome Outcome, UserIdentity? User, DateTime? LockedUntil);

/// <summary>Why a sign-in succeeded or failed. Unknown names and wrong passwords are reported alike.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    Success,

    /// <summary>Unknown name, wrong password, or a disabled account.</summary>
    Failed,

    /// <summary>Too many failures: sign-in is refused until the lock ends.</summary>
    LockedOut,
}
