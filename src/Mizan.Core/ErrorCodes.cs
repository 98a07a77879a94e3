namespace Mizan.Core;

/// <summary>Stable error codes shared by the API, the CLI and the problem-details documents.</summary>
public static class ErrorCodes
{
    /// <summary>A hash is not hex of the right length.</summary>
    public const string MalformedHash = "malformed_hash";

    /// <summary>A signal type that Mizan does not know.</summary>
    public const string UnknownSignalType = "unknown_signal_type";

    /// <summary>The bytes are not an image Mizan can decode.</summary>
    public const string UnsupportedImage = "unsupported_image";

    /// <summary>The image is truncated or corrupt.</summary>
    public const string CorruptImage = "corrupt_image";

    /// <summary>The image declares more pixels than the configured limit.</summary>
    public const string ImageTooLarge = "image_too_large";

    /// <summary>A request body or file is larger than the configured limit.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>A request or line is not valid JSON, or lacks required fields.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The named resource does not exist.</summary>
    public const string NotFound = "not_found";

    /// <summary>The resource already exists.</summary>
    public const string Conflict = "conflict";

    /// <summary>No valid API key was presented.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>The API key's role may not do this.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The caller is not entitled to this (not the affected user or the notifier).</summary>
    public const string NotEligible = "not_eligible";

    /// <summary>A reviewer may not decide an appeal of their own decision.</summary>
    public const string SameReviewer = "same_reviewer";

    /// <summary>The complaint window has closed.</summary>
    public const string WindowClosed = "window_closed";

    /// <summary>The statement of reasons is held back while a secrecy period applies.</summary>
    public const string StatementWithheld = "statement_withheld";

    /// <summary>
    /// A removal order transition that its current state does not allow; the code is this prefix followed by the
    /// state, for example <c>order_state_executed</c> (HTTP 409).
    /// </summary>
    public const string OrderStatePrefix = "order_state_";

    /// <summary>Scrutiny of a removal order may no longer be requested (TCO Art. 4(4)).</summary>
    public const string ScrutinyWindowClosed = "scrutiny_window_closed";

    /// <summary>The configuration is incomplete or invalid (for instance an unknown database provider).</summary>
    public const string InvalidConfiguration = "invalid_configuration";
}
