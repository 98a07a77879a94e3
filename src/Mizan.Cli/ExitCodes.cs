namespace Mizan.Cli;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A domain error (bad input, a failed line, not found); the message is on standard error.</summary>
    public const int DomainError = 1;

    /// <summary>The command line itself is wrong, or the configuration (e.g. the database provider) is.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected fault.</summary>
    public const int Unexpected = 3;
}
