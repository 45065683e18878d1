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
    /// browser form (no part <c>Content-Type</c>); null values are left out. File parts stream from their source when
    /// the request is sent and are never read into memory. Dispose the builder (a no-op after <see cref="Build"/>) so a
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

        /// <summary>Adds a file part that streams the file at <paramref name="path"/> (opened now, read when sent, closed with the request).</summary>
        /// <param name="name">The field name.</param>
        /// <param name="path">The file.</param>
        /// <param name="contentType">The part's media type, e.g. <c>image/png</c>.</param>
        /// <param name="fileName">The file name sent; defaults to the name of <paramref name="path"/>.</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder AddFile(string name, string path, string contentType, string? fileName = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            ArgumentException.ThrowIfNullOrEmpty(contentType);
            FileStream file = OpenRead(path);
            try
            {
                return AddStream(name, file, fileName ?? Path.GetFileName(path), contentType, leaveOpen: false);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Adds a file part that copies <paramref name="stream"/> from its current position when the request is sent.
        /// A seekable stream gives the part a known length.
        /// </summary>
        /// <param name="name">The field name.</param>
        /// <param name="stream">The source.</param>
        /// <param name="fileName">The file name sent.</param>
        /// <param name="contentType">The part's media type, e.g. <c>image/png</c>.</param>
        /// <param name="leaveOpen">Keep <paramref name="stream"/> open when the request is done (the caller owns it).</param>
        /// <returns>This builder.</returns>
        public MultipartBuilder AddStream(string name, Stream stream, string fileName, string contentType, bool leaveOpen)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentException.ThrowIfNullOrEmpty(fileName);
            ArgumentException.ThrowIfNullOrEmpty(contentType);
            if (!stream.CanRead)
            {
                throw new ArgumentException("The stream cannot be read.", nameof(stream));
            }

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

        /// <summary>Opens <paramref name="path"/> for asynchronous sequential reading, shared with other readers.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The stream.</returns>
        public static FileStream OpenRead(string path) =>
            new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

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
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
            if (fileName is not null)
            {
                disposition.FileName = Quote(fileName);
                if (!Ascii.IsValid(fileName))
                {
                    disposition.FileNameStar = fileName;
                }
            }

            part.Headers.ContentDisposition = disposition;
            content.Add(part);
        }

        /// <summary>A quoted-string; characters that would end it or the header are replaced.</summary>
        private static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                builder.Append(c is '"' or '\\' or '\r' or '\n' ? '_' : c);
            }

            return builder.Append('"').ToString();
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
