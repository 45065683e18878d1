using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Audio
{
    /// <summary>
    /// A file to upload in a multipart form: a stream read as the request is sent (never buffered), its file name and
    /// media type. Created from a path (the file is opened when sent and closed afterwards) or from a stream you own
    /// (left open, read from its current position).
    /// </summary>
    public sealed class MediaUpload
    {
        private readonly Stream? _stream;
        private readonly string? _path;

        private MediaUpload(Stream? stream, string? path, string fileName, string contentType)
        {
            _stream = stream;
            _path = path;
            FileName = fileName;
            ContentType = contentType;
        }

        /// <summary>The file name sent in the part's <c>Content-Disposition</c>.</summary>
        public string FileName { get; }

        /// <summary>The part's <c>Content-Type</c>.</summary>
        public string ContentType { get; }

        /// <summary>Uploads the file at <paramref name="path"/>.</summary>
        /// <param name="path">The file.</param>
        /// <param name="contentType">The media type; by default guessed from the extension (<c>audio/wav</c>, <c>audio/mpeg</c>, …).</param>
        /// <returns>The upload.</returns>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        public static MediaUpload FromFile(string path, string? contentType = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            string fullPath = Path.GetFullPath(path);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException($"The file to upload does not exist: '{fullPath}'.", fullPath);
            }

            string name = Path.GetFileName(fullPath);
            return new MediaUpload(null, fullPath, name, contentType ?? GuessContentType(name));
        }

        /// <summary>Uploads <paramref name="content"/>, which stays open and is read from its current position.</summary>
        /// <param name="content">The data.</param>
        /// <param name="fileName">The file name to send; its extension tells Venice the format.</param>
        /// <param name="contentType">The media type; by default guessed from <paramref name="fileName"/>.</param>
        /// <returns>The upload.</returns>
        public static MediaUpload FromStream(Stream content, string fileName, string? contentType = null)
        {
            ArgumentNullException.ThrowIfNull(content);
            ArgumentException.ThrowIfNullOrEmpty(fileName);
            if (!content.CanRead)
            {
                throw new ArgumentException("The upload stream is not readable.", nameof(content));
            }

            return new MediaUpload(content, null, fileName, contentType ?? GuessContentType(fileName));
        }

        /// <summary>The media type for a file name's extension; <c>application/octet-stream</c> when unknown.</summary>
        /// <param name="fileName">The file name.</param>
        /// <returns>The media type.</returns>
        public static string GuessContentType(string fileName) =>
            Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".wav" or ".wave" => "audio/wav",
                ".mp3" => "audio/mpeg",
                ".flac" => "audio/flac",
                ".m4a" => "audio/mp4",
                ".mp4" => "audio/mp4",
                ".aac" => "audio/aac",
                ".ogg" or ".oga" => "audio/ogg",
                ".opus" => "audio/opus",
                ".webm" => "audio/webm",
                _ => "application/octet-stream",
            };

        /// <summary>The part's content: the stream, read as the request is written.</summary>
        internal HttpContent CreateContent()
        {
            HttpContent content = _path is not null
                ? new StreamContent(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan), 81920)
                : new BorrowedStreamContent(_stream!);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            return content;
        }

        /// <summary>Streams a caller's stream without taking ownership of it.</summary>
        private sealed class BorrowedStreamContent(Stream stream) : HttpContent
        {
            private readonly long _start = stream.CanSeek ? stream.Position : -1;

            protected override Task SerializeToStreamAsync(Stream target, TransportContext? context) =>
                SerializeToStreamAsync(target, context, CancellationToken.None);

            protected override async Task SerializeToStreamAsync(Stream target, TransportContext? context, CancellationToken cancellationToken) =>
                await stream.CopyToAsync(target, 81920, cancellationToken).ConfigureAwait(false);

            protected override bool TryComputeLength(out long length)
            {
                length = _start >= 0 ? stream.Length - _start : 0;
                return _start >= 0;
            }
        }
    }

    /// <summary>Builds <c>multipart/form-data</c> bodies: quoted part names, the file part streamed.</summary>
    internal static class MultipartForm
    {
        /// <summary>Creates the form with the file part first, then each non-null field.</summary>
        public static MultipartFormDataContent Create(string fileField, MediaUpload file, IEnumerable<KeyValuePair<string, string?>> fields)
        {
            var form = new MultipartFormDataContent("venice-" + Guid.NewGuid().ToString("N"));
            try
            {
                HttpContent filePart = file.CreateContent();
                filePart.Headers.ContentDisposition = Disposition(fileField, file.FileName);
                form.Add(filePart);
                foreach (KeyValuePair<string, string?> field in fields)
                {
                    if (field.Value is null)
                    {
                        continue;
                    }

                    var part = new StringContent(field.Value, Encoding.UTF8);
                    part.Headers.ContentType = null;
                    part.Headers.ContentDisposition = Disposition(field.Key, null);
                    form.Add(part);
                }

                return form;
            }
            catch
            {
                form.Dispose();
                throw;
            }
        }

        /// <summary><c>form-data; name="x"; filename="y"</c>, with <c>filename*</c> (RFC 5987) only for non-ASCII names.</summary>
        private static ContentDispositionHeaderValue Disposition(string name, string? fileName)
        {
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
            if (fileName is not null)
            {
                bool ascii = Ascii.IsValid(fileName) && fileName.AsSpan().IndexOfAny('\r', '\n') < 0;
                disposition.FileName = Quote(ascii ? fileName : AsciiFallback(fileName));
                if (!ascii)
                {
                    disposition.FileNameStar = fileName;
                }
            }

            return disposition;
        }

        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

        private static string AsciiFallback(string fileName)
        {
            var text = new StringBuilder(fileName.Length);
            foreach (char c in fileName)
            {
                text.Append(c is >= ' ' and <= '~' ? c : '_');
            }

            return text.ToString();
        }
    }
}
