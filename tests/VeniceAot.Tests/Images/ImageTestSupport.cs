using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Images
{
    /// <summary>One part of a multipart body as the server parsed it.</summary>
    internal sealed record FormPart(string Name, string? FileName, string? ContentType, string RawDisposition, byte[] Bytes)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Bytes);
    }

    /// <summary>Sample images, a client factory and a multipart parser for the Images tests.</summary>
    internal static class ImageTestSupport
    {
        /// <summary>A PNG signature followed by deterministic filler (about 70 KB, so the upload spans several buffers).</summary>
        public static readonly byte[] Png = Image([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 70_000, seed: 1);

        /// <summary>A JPEG signature (SOI + APP0) and filler.</summary>
        public static readonly byte[] Jpeg = Image([0xFF, 0xD8, 0xFF, 0xE0], 5_000, seed: 2);

        /// <summary>A RIFF/WEBP header and filler.</summary>
        public static readonly byte[] Webp = Image([.. "RIFF"u8, 0x10, 0x27, 0, 0, .. "WEBP"u8, .. "VP8 "u8], 3_000, seed: 3);

        /// <summary>A GIF89a header and filler.</summary>
        public static readonly byte[] Gif = Image([.. "GIF89a"u8], 1_000, seed: 4);

        /// <summary>The bytes a fake Venice sends back as the result image.</summary>
        public static readonly byte[] ResultPng = Image([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 40_000, seed: 9);

        public static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = server.BaseAddress });

        /// <summary>Parses a recorded <c>multipart/form-data</c> body with ASP.NET Core's reader.</summary>
        public static async Task<List<FormPart>> ParseMultipartAsync(RecordedRequest request)
        {
            Assert.NotNull(request.ContentType);
            var mediaType = MediaTypeHeaderValue.Parse(request.ContentType);
            Assert.Equal("multipart/form-data", mediaType.MediaType.Value);
            string boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!;
            var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
            var parts = new List<FormPart>();
            while (await reader.ReadNextSectionAsync() is MultipartSection section)
            {
                Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition));
                Assert.Equal("form-data", disposition!.DispositionType.Value);
                using var bytes = new MemoryStream();
                await section.Body.CopyToAsync(bytes);
                string? fileName = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null;
                parts.Add(new FormPart(HeaderUtilities.RemoveQuotes(disposition.Name).Value!, fileName, section.ContentType, section.ContentDisposition!, bytes.ToArray()));
            }

            return parts;
        }

        /// <summary>The text fields (parts without a file name), by name.</summary>
        public static Dictionary<string, string> Fields(IEnumerable<FormPart> parts) =>
            parts.Where(p => p.FileName is null).ToDictionary(p => p.Name, p => p.Text, StringComparer.Ordinal);

        /// <summary>Asserts a file part's name, file name, content type and bytes, and that the disposition is quoted.</summary>
        public static void AssertFilePart(FormPart part, string name, string fileName, string contentType, byte[] bytes)
        {
            Assert.Equal(name, part.Name);
            Assert.Equal(fileName, part.FileName);
            Assert.Equal(contentType, part.ContentType);
            Assert.StartsWith($"form-data; name=\"{name}\"; filename=\"{fileName}\"", part.RawDisposition);
            Assert.Equal(bytes, part.Bytes);
        }

        public static string TempDirectory() => Directory.CreateTempSubdirectory("venice-images-").FullName;

        private static byte[] Image(byte[] header, int length, int seed)
        {
            var bytes = new byte[length];
            new Random(seed).NextBytes(bytes);
            header.CopyTo(bytes, 0);
            return bytes;
        }
    }

    /// <summary>A read-only stream that cannot seek and records whether it was disposed.</summary>
    internal sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public bool Disposed { get; private set; }

        public override bool CanRead => !Disposed;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
