using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Http
{
    /// <summary>
    /// A binary response (image, audio, video) as an unbuffered stream. Dispose it to release the connection.
    /// </summary>
    public sealed class BinaryResponse : IDisposable, IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;

        internal BinaryResponse(HttpResponseMessage response, Stream content)
        {
            _response = response;
            Content = content;
            Metadata = ResponseMetadata.From(response);
        }

        /// <summary>The media type, e.g. <c>image/png</c>; <c>application/octet-stream</c> when the server sent none.</summary>
        public string ContentType => Metadata.ContentType ?? "application/octet-stream";

        /// <summary>The length in bytes when the server declared it.</summary>
        public long? ContentLength => _response.Content.Headers.ContentLength;

        /// <summary>The body, read as it arrives.</summary>
        public Stream Content { get; }

        /// <summary>Response headers: request id, rate limits, balance, deprecation.</summary>
        public ResponseMetadata Metadata { get; }

        /// <summary>
        /// Writes the body to <paramref name="path"/> atomically: it streams into a temporary file beside the
        /// target and renames it into place only when the whole body has arrived, so a failure or cancellation
        /// never leaves a partial file behind.
        /// </summary>
        /// <param name="path">The file to write.</param>
        /// <param name="overwrite">Replace an existing file; otherwise an existing file is an error.</param>
        /// <param name="cancellationToken">Cancels the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is false.</exception>
        public async Task<long> SaveToFileAsync(string path, bool overwrite = false, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            string fullPath = Path.GetFullPath(path);
            if (!overwrite && File.Exists(fullPath))
            {
                throw new IOException($"'{fullPath}' already exists; choose another path or allow overwriting.");
            }

            string directory = Path.GetDirectoryName(fullPath) ?? ".";
            string temporary = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
            try
            {
                long written;
                var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                    await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                    written = file.Length;
                }

                File.Move(temporary, fullPath, overwrite);
                return written;
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }

        /// <summary>Reads the whole body as text (for <c>text/plain</c> and <c>text/csv</c> answers), honouring its charset.</summary>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The body text.</returns>
        public async Task<string> ReadAsStringAsync(CancellationToken cancellationToken = default)
        {
            Encoding encoding = Encoding.UTF8;
            string? charset = _response.Content.Headers.ContentType?.CharSet;
            if (!string.IsNullOrEmpty(charset))
            {
                try
                {
                    encoding = Encoding.GetEncoding(charset.Trim('"'));
                }
                catch (ArgumentException)
                {
                    // An unknown charset is read as UTF-8, which Venice uses everywhere.
                }
            }

            using var reader = new StreamReader(Content, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            Content.Dispose();
            _response.Dispose();
        }

        /// <inheritdoc/>
        public async ValueTask DisposeAsync()
        {
            await Content.DisposeAsync().ConfigureAwait(false);
            _response.Dispose();
        }
    }
}
