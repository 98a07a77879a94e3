using Mizan.Core;

namespace Mizan.Data.Accounts;

/// <summary>Console sign-in settings (section <c>Console</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Console";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The shortest password accepted.</summary>
    public int MinPasswordLength { get; set; } = 12;

    /// <summary>Throws <see cref="ErrorCodes.InvalidConfiguration"/> for values out of range.</summary>
    public void Validate()
    {
        if (MaxFailedSignIns is < 1 or > 100)
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:MaxFailedSignIns must be 1-100.");
        }

        if (LockoutMinutes is < 1 or > 1440)
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:LockoutMinutes must be 1-1440.");
        }

        if (MinPasswordLength is < 8 or > 128)
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:MinPasswordLength must be 8-128.");
        }
    }
}
