namespace Mizan.Core;

/// <summary>
/// A domain failure with a stable, machine-readable <see cref="ErrorCode"/>. The server maps these to RFC 9457
/// problem details and the CLI to exit code 1; anything else is an unexpected fault.
/// </summary>
public class MizanException : Exception
{
    /// <summary>Creates a domain failure.</summary>
    /// <param name="errorCode">A stable snake_case code, one of <see cref="ErrorCodes"/>.</param>
    /// <param name="message">What went wrong and, where possible, what to do about it.</param>
    /// <param name="innerException">The underlying fault, if any.</param>
    public MizanException(string errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The stable code clients branch on.</summary>
    public string ErrorCode { get; }
}
