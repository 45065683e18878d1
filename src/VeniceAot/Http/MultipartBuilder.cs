using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Http
{
    /// <summary>
    /// Builds a <c>multipart/form-data</c> body for a <c>[Body] HttpContent</c> parameter. Text fields are sent like a
    /// browser form (no part <c>Content-Type</c>); null values are left out. File parts (<see cref="MediaUpload"/>) stream
    /// from their source when the request is sent and are never read into memory. Dispose the builder (a no-op after <see cref="Build"/>) so a
    /// failure while building closes any file it opened.
    /// </summary>
    public sealed class MultipartBuilder : IDisposable
    {
        private MultipartFormDataContent? _content = new();

        /// <summary>Adds a text field; a null value is left out.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder Add(string name, string? value)
        {
            if (value is not null)
            {
                var part = new StringContent(value, Encoding.UTF8);
                part.Headers.ContentType = null;
                AddPart(part, name, fileName: null);
            }

            return this;
        }

        /// <summary>Adds a boolean field as <c>true</c> or <c>false</c>; null is left out.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder Add(string name, bool? value) =>
            Add(name, value is bool flag ? (flag ? "true" : "false") : null);

        /// <summary>Adds a number field in invariant notation (e.g. <c>0.01</c>); null is left out.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder Add(string name, double? value) =>
            Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

        /// <summary>Adds an integer field; null is left out.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder Add(string name, long? value) =>
            Add(name, value?.ToString(CultureInfo.InvariantCulture));

        /// <summary>
        /// Adds a file part for <paramref name="file"/>: a file is opened now and closed with the request; a stream is
        /// copied from its current position when the request is sent (a seekable one with a known length) and closed
        /// with the request unless the upload leaves it open.
        /// </summary>
        /// <param name="name">The field name.</param>
        /// <param name="file">The upload.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder AddFile(string name, MediaUpload file)
        {
            ArgumentNullException.ThrowIfNull(file);
            ArgumentException.ThrowIfNullOrEmpty(name);
            (Stream stream, string fileName, string contentType, bool leaveOpen) = file.Open();
            var part = new StreamPart(stream, leaveOpen);
            try
            {
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                AddPart(part, name, fileName);
            }
            catch
            {
                part.Dispose();
                throw;
            }

            return this;
        }

        /// <summary>Hands over the body; the request that sends it disposes it (and the streams it owns).</summary>
        /// <returns>The multipart content.</returns>
        public MultipartFormDataContent Build()
        {
            MultipartFormDataContent content = _content ?? throw new InvalidOperationException("Build was already called.");
            _content = null;
            return content;
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            _content?.Dispose();
            _content = null;
        }

        private void AddPart(HttpContent part, string name, string? fileName)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            MultipartFormDataContent content = _content ?? throw new InvalidOperationException("Build was already called.");
            part.Headers.ContentDisposition = Disposition(name, fileName);
            content.Add(part);
        }

        /// <summary>
        /// <c>form-data; name="…"; filename="…"</c> as RFC 7578 and the HTML form encoder write it: <c>"</c>, <c>\</c>,
        /// CR and LF are percent-encoded inside the quoted names; in <c>filename</c> other control and non-ASCII
        /// characters become <c>_</c>, and whenever that plain form differs from the real name, <c>filename*</c>
        /// (RFC 5987, UTF-8) carries it exactly.
        /// </summary>
        private static ContentDispositionHeaderValue Disposition(string name, string? fileName)
        {
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(Escape(name)) };
            if (fileName is not null)
            {
                ArgumentException.ThrowIfNullOrEmpty(fileName);
                string plain = PlainFileName(fileName);
                disposition.FileName = Quote(plain);
                if (!string.Equals(plain, fileName, StringComparison.Ordinal))
                {
                    disposition.FileNameStar = fileName;
                }
            }

            return disposition;
        }

        private static string Quote(string value) => "\"" + value + "\"";

        /// <summary>Percent-encodes the characters that would end the quoted-string or the header line.</summary>
        private static string Escape(string value)
        {
            if (value.AsSpan().IndexOfAny("\"\\\r\n") < 0)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length + 8);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("%22");
                        break;
                    case '\\':
                        builder.Append("%5C");
                        break;
                    case '\r':
                        builder.Append("%0D");
                        break;
                    case '\n':
                        builder.Append("%0A");
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>The escaped name with every other character outside printable ASCII replaced by <c>_</c>.</summary>
        private static string PlainFileName(string fileName)
        {
            string escaped = Escape(fileName);
            var builder = new StringBuilder(escaped.Length);
            foreach (char c in escaped)
            {
                builder.Append(c is >= ' ' and <= '~' ? c : '_');
            }

            return builder.ToString();
        }

        /// <summary>Streams a source into the request body; disposes it with the request unless told to leave it open.</summary>
        private sealed class StreamPart : HttpContent
        {
            private readonly Stream _source;
            private readonly bool _leaveOpen;
            private readonly long _start;

            public StreamPart(Stream source, bool leaveOpen)
            {
                _source = source;
                _leaveOpen = leaveOpen;
                _start = source.CanSeek ? source.Position : -1;
            }

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
                SerializeToStreamAsync(stream, context, CancellationToken.None);

            protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
            {
                if (_start >= 0)
                {
                    _source.Position = _start;
                }

                await _source.CopyToAsync(stream, 81920, cancellationToken).ConfigureAwait(false);
            }

            protected override bool TryComputeLength(out long length)
            {
                if (_start >= 0)
                {
                    length = Math.Max(0, _source.Length - _start);
                    return true;
                }

                length = 0;
                return false;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing && !_leaveOpen)
                {
                    _source.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
