using System;
using System.IO;

namespace VeniceAot.Http
{
    /// <summary>
    /// A file to upload in a multipart request (images, audio, documents), from a path or a stream. Nothing is read
    /// until the request is sent, and then the bytes stream straight into the request body (never buffered). Unless
    /// given, the media type is taken from the first bytes (PNG, JPEG, WebP, GIF), else from the file name's extension,
    /// else <c>application/octet-stream</c> (see <see cref="MediaContentType"/>).
    /// </summary>
    public sealed class MediaUpload
    {
        private readonly string? _path;
        private readonly Stream? _stream;
        private readonly bool _leaveOpen;

        private MediaUpload(string? path, Stream? stream, string? fileName, string? contentType, bool leaveOpen)
        {
            _path = path;
            _stream = stream;
            FileName = fileName;
            ContentType = contentType;
            _leaveOpen = leaveOpen;
        }

        /// <summary>The file name sent in the part's <c>Content-Disposition</c>, or null for a stream given none (then <c>image.png</c> and the like, from the detected type).</summary>
        public string? FileName { get; }

        /// <summary>The part's media type as given, or null to detect it when the request is built.</summary>
        public string? ContentType { get; }

        /// <summary>The file at <paramref name="path"/>; it is opened when the request is built and closed when it is done.</summary>
        /// <param name="path">The file.</param>
        /// <param name="contentType">The media type, or null to detect it.</param>
        /// <param name="fileName">The file name sent, or null for the name of <paramref name="path"/>.</param>
        /// <returns>The upload.</returns>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <exception cref="ArgumentException">The file name is empty.</exception>
        public static MediaUpload FromFile(string path, string? contentType = null, string? fileName = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            if (fileName is { Length: 0 })
            {
                throw new ArgumentException("The file name is empty.", nameof(fileName));
            }

            string fullPath = Path.GetFullPath(path);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException($"The file to upload does not exist: '{fullPath}'.", fullPath);
            }

            return new MediaUpload(fullPath, null, fileName ?? Path.GetFileName(fullPath), contentType, leaveOpen: false);
        }

        /// <summary>
        /// The content of <paramref name="stream"/> from its current position. A seekable stream is sniffed for its type and
        /// sent with a known length; a stream that cannot seek is sent chunked and can be sent only once.
        /// </summary>
        /// <param name="stream">The data.</param>
        /// <param name="fileName">The file name sent (its extension helps detect the type), or null for <c>image</c>, <c>audio</c> or <c>file</c> plus the detected type's extension.</param>
        /// <param name="contentType">The media type, or null to detect it.</param>
        /// <param name="leaveOpen">Keep the stream open after the request (the default: the caller owns it); false closes it with the request.</param>
        /// <returns>The upload.</returns>
        /// <exception cref="ArgumentException">The stream cannot be read, or the file name is empty.</exception>
        public static MediaUpload FromStream(Stream stream, string? fileName = null, string? contentType = null, bool leaveOpen = true)
        {
            ArgumentNullException.ThrowIfNull(stream);
            if (!stream.CanRead)
            {
                throw new ArgumentException("The upload stream cannot be read.", nameof(stream));
            }

            if (fileName is { Length: 0 })
            {
                throw new ArgumentException("The file name is empty.", nameof(fileName));
            }

            return new MediaUpload(null, stream, fileName, contentType, leaveOpen);
        }

        /// <summary>The number of bytes that will be sent, when known now (a file, or a seekable stream from its position).</summary>
        internal long? Length => _path is not null
            ? new FileInfo(_path).Length
            : _stream!.CanSeek ? Math.Max(0, _stream.Length - _stream.Position) : null;

        /// <summary>
        /// Opens the data for one request: the stream to copy from its current position, the file name and media type to
        /// send, and whether the caller keeps the stream (a file opened here is always the request's to close).
        /// </summary>
        internal (Stream Stream, string FileName, string ContentType, bool LeaveOpen) Open()
        {
            if (_path is not null)
            {
                var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
                try
                {
                    string type = ContentType ?? MediaContentType.FromStream(file) ?? MediaContentType.Guess(_path);
                    return (file, FileName!, type, false);
                }
                catch
                {
                    file.Dispose();
                    throw;
                }
            }

            Stream stream = _stream!;
            string contentType = ContentType ?? MediaContentType.FromStream(stream) ?? MediaContentType.Guess(FileName);
            return (stream, FileName ?? DefaultFileName(contentType), contentType, _leaveOpen);
        }

        /// <summary><c>image.png</c>, <c>audio</c>, <c>file</c>…: the type's family (image, audio, video) or <c>file</c>, with the usual extension when known.</summary>
        private static string DefaultFileName(string contentType)
        {
            int slash = contentType.IndexOf('/', StringComparison.Ordinal);
            string family = slash > 0 ? contentType[..slash] : string.Empty;
            string stem = family is "image" or "audio" or "video" ? family : "file";
            return stem + MediaContentType.ExtensionFor(contentType);
        }
    }
}
