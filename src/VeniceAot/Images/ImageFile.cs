using System;
using System.IO;
using VeniceAot.Http;

namespace VeniceAot.Images
{
    /// <summary>
    /// An image to upload in a multipart request, from a file or a stream. Nothing is read until the request is sent,
    /// and then the bytes stream straight into the request body. The media type is taken from the first bytes (PNG,
    /// JPEG, WebP, GIF), else from the file name's extension, else <c>application/octet-stream</c>, unless given.
    /// </summary>
    public sealed class ImageFile
    {
        private readonly string? _path;
        private readonly Stream? _stream;
        private readonly bool _leaveOpen;

        private ImageFile(string? path, Stream? stream, string? fileName, string? contentType, bool leaveOpen)
        {
            _path = path;
            _stream = stream;
            FileName = fileName;
            ContentType = contentType;
            _leaveOpen = leaveOpen;
        }

        /// <summary>The file name sent, or null to use the file's own name (or <c>image.png</c> and the like for a stream).</summary>
        public string? FileName { get; }

        /// <summary>The media type given by the caller, or null to detect it.</summary>
        public string? ContentType { get; }

        /// <summary>The file at <paramref name="path"/>; it is opened when the request is built and closed when it is done.</summary>
        /// <param name="path">The file.</param>
        /// <param name="contentType">The media type, or null to detect it.</param>
        /// <param name="fileName">The file name sent, or null for the name of <paramref name="path"/>.</param>
        /// <returns>The upload.</returns>
        public static ImageFile FromPath(string path, string? contentType = null, string? fileName = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            return new ImageFile(path, null, fileName, contentType, leaveOpen: false);
        }

        /// <summary>
        /// The content of <paramref name="stream"/> from its current position. A seekable stream is sniffed for its type and
        /// sent with a known length; a stream that cannot seek is sent chunked and can be sent only once.
        /// </summary>
        /// <param name="stream">The image data.</param>
        /// <param name="fileName">The file name sent (its extension helps detect the type), or null for <c>image</c> plus the type's extension.</param>
        /// <param name="contentType">The media type, or null to detect it.</param>
        /// <param name="leaveOpen">Keep the stream open after the request (the default: the caller owns it); false closes it with the request.</param>
        /// <returns>The upload.</returns>
        public static ImageFile FromStream(Stream stream, string? fileName = null, string? contentType = null, bool leaveOpen = true)
        {
            ArgumentNullException.ThrowIfNull(stream);
            return new ImageFile(null, stream, fileName, contentType, leaveOpen);
        }

        /// <summary>Adds this image as a file part named <paramref name="name"/>.</summary>
        /// <param name="builder">The body being built.</param>
        /// <param name="name">The form field name.</param>
        internal void AddTo(MultipartBuilder builder, string name)
        {
            if (_path is not null)
            {
                FileStream file = MultipartBuilder.OpenRead(_path);
                try
                {
                    string type = ContentType ?? ImageContentType.FromStream(file) ?? ImageContentType.FromFileName(_path) ?? ImageContentType.Unknown;
                    builder.AddStream(name, file, FileName ?? Path.GetFileName(_path), type, leaveOpen: false);
                }
                catch
                {
                    file.Dispose();
                    throw;
                }

                return;
            }

            Stream stream = _stream!;
            string contentType = ContentType ?? ImageContentType.FromStream(stream) ?? ImageContentType.FromFileName(FileName) ?? ImageContentType.Unknown;
            builder.AddStream(name, stream, FileName ?? "image" + ImageContentType.ExtensionFor(contentType), contentType, _leaveOpen);
        }
    }
}
