using Microsoft.AspNetCore.Diagnostics;
using Mizan.Core;

namespace Mizan.Server.Infrastructure;

/// <summary>
/// The one place exceptions become responses: domain failures keep their code and message; a malformed request
/// the framework rejected keeps its status; anything else is a plain 500 that reveals no internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case MizanException mizan:
                await Problems.WriteAsync(httpContext, Problems.StatusFor(mizan.ErrorCode), mizan.ErrorCode, Problems.TitleFor(mizan.ErrorCode), mizan.Message).ConfigureAwait(false);
                return true;
            case BadHttpRequestException bad:
                string code = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.InvalidRequest;
                await Problems.WriteAsync(httpContext, bad.StatusCode, code, Problems.TitleFor(code), bad.Message).ConfigureAwait(false);
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                LogUnhandled(logger, exception, httpContext.Request.Path);
                await Problems.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "internal_error", "Internal error", "The server failed to handle the request; the error has been logged.").ConfigureAwait(false);
                return true;
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
