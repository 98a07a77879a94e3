using Microsoft.AspNetCore.Mvc;
using Mizan.Core;

namespace Mizan.Server.Infrastructure;

/// <summary>RFC 9457 problem details with Mizan's stable <c>errorCode</c>, written the same way everywhere.</summary>
internal static class Problems
{
    /// <summary>The HTTP status of each domain error code.</summary>
    public static int StatusFor(string errorCode) => errorCode switch
    {
        ErrorCodes.MalformedHash or ErrorCodes.UnknownSignalType or ErrorCodes.InvalidRequest => StatusCodes.Status400BadRequest,
        ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden or ErrorCodes.NotEligible or ErrorCodes.SameReviewer => StatusCodes.Status403Forbidden,
        ErrorCodes.WindowClosed or ErrorCodes.StatementWithheld => StatusCodes.Status409Conflict,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.Conflict => StatusCodes.Status409Conflict,
        ErrorCodes.PayloadTooLarge or ErrorCodes.ImageTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.UnsupportedImage => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.ScrutinyWindowClosed => StatusCodes.Status409Conflict,
        _ when errorCode.StartsWith(ErrorCodes.OrderStatePrefix, StringComparison.Ordinal) => StatusCodes.Status409Conflict,
        ErrorCodes.CorruptImage => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails Create(HttpContext context, int status, string errorCode, string title, string? detail)
    {
        var problem = new ProblemDetails
        {
            Type = "urn:mizan:problem:" + errorCode,
            Title = title,
            Status = status,
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["errorCode"] = errorCode;
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        return problem;
    }

    public static Task WriteAsync(HttpContext context, int status, string errorCode, string title, string? detail)
    {
        var problem = Create(context, status, errorCode, title, detail);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static IResult Result(HttpContext context, MizanException ex) =>
        Microsoft.AspNetCore.Http.Results.Problem(Create(context, StatusFor(ex.ErrorCode), ex.ErrorCode, TitleFor(ex.ErrorCode), ex.Message));

    public static string TitleFor(string errorCode) => errorCode switch
    {
        ErrorCodes.MalformedHash => "Malformed hash",
        ErrorCodes.UnknownSignalType => "Unknown signal type",
        ErrorCodes.InvalidRequest => "Invalid request",
        ErrorCodes.Unauthenticated => "Authentication required",
        ErrorCodes.Forbidden => "Forbidden",
        ErrorCodes.NotFound => "Not found",
        ErrorCodes.Conflict => "Conflict",
        ErrorCodes.PayloadTooLarge => "Payload too large",
        ErrorCodes.ImageTooLarge => "Image too large",
        ErrorCodes.UnsupportedImage => "Unsupported image",
        ErrorCodes.CorruptImage => "Corrupt image",
        ErrorCodes.NotEligible => "Not eligible",
        ErrorCodes.SameReviewer => "Original decider may not review",
        ErrorCodes.WindowClosed => "Complaint window closed",
        ErrorCodes.StatementWithheld => "Statement withheld",
        ErrorCodes.ScrutinyWindowClosed => "Scrutiny window closed",
        _ when errorCode.StartsWith(ErrorCodes.OrderStatePrefix, StringComparison.Ordinal) => "Not allowed in the order's state",
        _ => "Request failed",
    };
}
