using System;
using System.Collections.Generic;
using System.IO;

namespace VeniceAot.Http
{
    /// <summary>
    /// Tells the media type of an upload: from its first bytes for images (PNG, JPEG, WebP, GIF), else from the file
    /// name's extension (images, audio, video, documents, text and source files), else <see cref="OctetStream"/>.
    /// </summary>
    public static class MediaContentType
    {
        /// <summary><c>image/png</c>.</summary>
        public const string Png = "image/png";

        /// <summary><c>image/jpeg</c>.</summary>
        public const string Jpeg = "image/jpeg";

        /// <summary><c>image/webp</c>.</summary>
        public const string Webp = "image/webp";

        /// <summary><c>image/gif</c>.</summary>
        public const string Gif = "image/gif";

        /// <summary><c>application/octet-stream</c>: what is sent when the type cannot be told.</summary>
        public const string OctetStream = "application/octet-stream";

        /// <summary>The bytes needed to recognise every supported signature.</summary>
        internal const int SignatureLength = 12;

        private static readonly Dictionary<string, string> ByExtension = CreateExtensionTable();

        /// <summary>The media type whose file signature starts <paramref name="header"/> (PNG, JPEG, WebP, GIF), or null.</summary>
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

        /// <summary>The media type for a file name's extension (case-insensitive), or null when it is not known.</summary>
        /// <param name="fileName">The file name or path.</param>
        /// <returns>The media type, or null.</returns>
        public static string? FromFileName(string? fileName) =>
            ByExtension.TryGetValue(Path.GetExtension(fileName) ?? string.Empty, out string? type) ? type : null;

        /// <summary>The media type for a file name's extension, or <see cref="OctetStream"/> when it is not known.</summary>
        /// <param name="fileName">The file name or path.</param>
        /// <returns>The media type.</returns>
        public static string Guess(string? fileName) => FromFileName(fileName) ?? OctetStream;

        /// <summary>The usual extension (with the dot) for an image media type, or an empty string.</summary>
        internal static string ExtensionFor(string contentType) => contentType switch
        {
            Png => ".png",
            Jpeg => ".jpg",
            Webp => ".webp",
            Gif => ".gif",
            _ => string.Empty,
        };

        private static Dictionary<string, string> CreateExtensionTable()
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                // Images.
                [".png"] = Png,
                [".jpg"] = Jpeg,
                [".jpeg"] = Jpeg,
                [".jpe"] = Jpeg,
                [".jfif"] = Jpeg,
                [".webp"] = Webp,
                [".gif"] = Gif,

                // Audio. .mp4 and .webm are sent as audio: the only uploads that take them are transcriptions.
                [".wav"] = "audio/wav",
                [".wave"] = "audio/wav",
                [".mp3"] = "audio/mpeg",
                [".flac"] = "audio/flac",
                [".m4a"] = "audio/mp4",
                [".mp4"] = "audio/mp4",
                [".aac"] = "audio/aac",
                [".ogg"] = "audio/ogg",
                [".oga"] = "audio/ogg",
                [".opus"] = "audio/opus",
                [".webm"] = "audio/webm",

                // Video.
                [".mov"] = "video/quicktime",
                [".mkv"] = "video/x-matroska",
                [".avi"] = "video/x-msvideo",

                // Documents and text.
                [".pdf"] = "application/pdf",
                [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                [".epub"] = "application/epub+zip",
                [".txt"] = "text/plain",
                [".text"] = "text/plain",
                [".md"] = "text/markdown",
                [".markdown"] = "text/markdown",
                [".csv"] = "text/csv",
                [".json"] = "application/json",
                [".html"] = "text/html",
                [".htm"] = "text/html",
                [".xml"] = "application/xml",
                [".yaml"] = "application/yaml",
                [".yml"] = "application/yaml",
            };

            // Source code and configuration files are sent as plain text.
            foreach (string extension in (string[])[
                ".py", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".c", ".h", ".cpp", ".hpp", ".cc", ".cs", ".java", ".kt", ".go", ".rs",
                ".rb", ".php", ".swift", ".scala", ".ps1", ".sh", ".bash", ".sql", ".toml", ".ini", ".log"])
            {
                table.Add(extension, "text/plain");
            }

            return table;
        }
    }
}
