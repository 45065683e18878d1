using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Augment
{
    /// <summary>Builds the <c>multipart/form-data</c> body of <c>POST /augment/text-parser</c>, streaming the file (never buffered).</summary>
    internal static class TextParserUpload
    {
        /// <summary>The largest document Venice parses (25 MB).</summary>
        public const long MaxFileBytes = 25L * 1024 * 1024;

        private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
        {
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

        private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase)
        {
            ".py", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".c", ".h", ".cpp", ".hpp", ".cc", ".cs", ".java", ".kt", ".go", ".rs",
            ".rb", ".php", ".swift", ".scala", ".ps1", ".sh", ".bash", ".sql", ".toml", ".ini", ".log",
        };

        /// <summary>The media type for a file name: Office, PDF, EPUB and text types by extension; source code as text; else octet-stream.</summary>
        public static string ContentTypeFor(string fileName)
        {
            string extension = Path.GetExtension(fileName);
            if (ContentTypes.TryGetValue(extension, out string? type))
            {
                return type;
            }

            return SourceExtensions.Contains(extension) ? "text/plain" : "application/octet-stream";
        }

        /// <summary>The form: a <c>file</c> part with the file name and type, then <c>response_format</c> when given.</summary>
        public static MultipartFormDataContent Create(Stream file, string fileName, string contentType, TextParserFormat? format)
        {
            var form = new MultipartFormDataContent();
            try
            {
                var filePart = new StreamContent(file, 81920);
                filePart.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                filePart.Headers.ContentDisposition = FileDisposition("file", fileName);
                form.Add(filePart);

                if (format is { } value)
                {
                    var formatPart = new StringContent(value.Value ?? string.Empty, Encoding.UTF8);
                    formatPart.Headers.ContentType = null;
                    formatPart.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote("response_format") };
                    form.Add(formatPart);
                }

                return form;
            }
            catch
            {
                form.Dispose();
                throw;
            }
        }

        private static ContentDispositionHeaderValue FileDisposition(string name, string fileName)
        {
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
            bool plain = true;
            var fallback = new StringBuilder(fileName.Length);
            foreach (char c in fileName)
            {
                if (c is > (char)0x7E or < (char)0x20 or '"')
                {
                    plain = false;
                }

                // Non-ASCII and control characters become '_' in the plain filename; quotes and line breaks are percent-encoded as browsers do.
                fallback.Append(c is > (char)0x7E || (c < (char)0x20 && c is not '\r' and not '\n') ? '_' : c);
            }

            disposition.FileName = Quote(fallback.ToString());
            if (!plain)
            {
                // The exact name in RFC 5987 form, for parsers that read filename*.
                disposition.FileNameStar = fileName;
            }

            return disposition;
        }

        /// <summary>A quoted-string for a form-data parameter, escaping the way the WHATWG multipart encoder does.</summary>
        private static string Quote(string value) =>
            "\"" + value.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Reads through to a caller's stream but leaves it open when the request content is disposed.</summary>
    internal sealed class LeaveOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
