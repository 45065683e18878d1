using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Http
{
    /// <summary>
    /// A read-only view of a response body that throws <see cref="VeniceResponseTooLargeException"/> once more
    /// than the limit has been read. Used only for bodies without a <c>Content-Length</c> (a declared length is
    /// checked up front and enforced by the handler).
    /// </summary>
    internal sealed class LimitedReadStream(Stream inner, long limit, HttpStatusCode statusCode) : Stream
    {
        /// <summary>Bytes read so far.</summary>
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync() => inner.DisposeAsync();

        private int Count(int read)
        {
            BytesRead += read;
            if (BytesRead > limit)
            {
                throw new VeniceResponseTooLargeException(statusCode, limit, null);
            }

            return read;
        }
    }
}
