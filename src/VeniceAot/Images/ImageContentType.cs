using System;
using System.IO;

namespace VeniceAot.Images
{
    /// <summary>Tells the media type of an image upload from its first bytes or its file name: PNG, JPEG, WebP, GIF.</summary>
    public static class ImageContentType
    {
        /// <summary><c>image/png</c>.</summary>
        public const string Png = "image/png";

        /// <summary><c>image/jpeg</c>.</summary>
        public const string Jpeg = "image/jpeg";

        /// <summary><c>image/webp</c>.</summary>
        public const string Webp = "image/webp";

        /// <summary><c>image/gif</c>.</summary>
        public const string Gif = "image/gif";

        /// <summary>What is sent when the type cannot be told.</summary>
        public const string Unknown = "application/octet-stream";

        /// <summary>The bytes needed to recognise every supported signature.</summary>
        internal const int SignatureLength = 12;

        /// <summary>The media type whose file signature starts <paramref name="header"/>, or null.</summary>
        /// <param name="header">The first bytes of the file (12 are enough).</param>
        /// <returns>The media type, or null.</returns>
        public static string? FromSignature(ReadOnlySpan<byte> header)
        {
            if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            {
                return Png;
            }

            if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            {
                return Jpeg;
            }

            if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header.Slice(8, 4).SequenceEqual("WEBP"u8))
            {
                return Webp;
            }

            return header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8) ? Gif : null;
        }

        /// <summary>The media type for a file name's extension (<c>.png</c>, <c>.jpg</c>/<c>.jpeg</c>, <c>.webp</c>, <c>.gif</c>), or null.</summary>
        /// <param name="fileName">The file name or path.</param>
        /// <returns>The media type, or null.</returns>
        public static string? FromFileName(string? fileName) =>
            Path.GetExtension(fileName)?.ToUpperInvariant() switch
            {
                ".PNG" => Png,
                ".JPG" or ".JPEG" or ".JPE" or ".JFIF" => Jpeg,
                ".WEBP" => Webp,
                ".GIF" => Gif,
                _ => null,
            };

        /// <summary>
        /// Reads the first bytes of a seekable <paramref name="stream"/> and puts its position back; null for a stream that
        /// cannot seek (it is never consumed) or an unknown signature.
        /// </summary>
        /// <param name="stream">The stream.</param>
        /// <returns>The media type, or null.</returns>
        public static string? FromStream(Stream stream)
        {
            ArgumentNullException.ThrowIfNull(stream);
            if (!stream.CanSeek || !stream.CanRead)
            {
                return null;
            }

            long start = stream.Position;
            Span<byte> header = stackalloc byte[SignatureLength];
            int length = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            stream.Position = start;
            return FromSignature(header[..length]);
        }

        /// <summary>The usual extension (with the dot) for an image media type, or an empty string.</summary>
        internal static string ExtensionFor(string contentType) => contentType switch
        {
            Png => ".png",
            Jpeg => ".jpg",
            Webp => ".webp",
            Gif => ".gif",
            _ => string.Empty,
        };
    }
}
