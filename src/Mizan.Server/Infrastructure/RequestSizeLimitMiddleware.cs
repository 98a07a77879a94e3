using Mizan.Core;

namespace Mizan.Server.Infrastructure;

/// <summary>
/// Refuses a body over the configured limit: at once when Content-Length says so, and while reading when the
/// body is chunked. Works the same under Kestrel and the in-memory test server.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, LimitsOptions limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        long max = limits.MaxRequestBytes;
        if (context.Request.ContentLength > max)
        {
            return Problems.WriteAsync(
                context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, "Payload too large",
                $"The request body is {context.Request.ContentLength} bytes; the limit is {max} bytes (Limits:MaxRequestBytes).");
        }

        context.Request.Body = new LimitedReadStream(context.Request.Body, max);
        return next(context);
    }

    private sealed class LimitedReadStream(Stream inner, long max) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int n)
        {
            _read += n;
            if (_read > max)
            {
                throw new MizanException(ErrorCodes.PayloadTooLarge, $"The request body is over the limit of {max} bytes (Limits:MaxRequestBytes).");
            }

            return n;
        }
    }
}
