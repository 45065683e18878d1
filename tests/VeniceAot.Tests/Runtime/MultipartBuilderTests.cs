using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Tests.Runtime
{
    /// <summary>The one multipart builder every upload goes through: header quoting, <c>filename*</c>, stream ownership, type detection.</summary>
    public sealed class MultipartBuilderTests
    {
        private static string Disposition(HttpContent part) => part.Headers.GetValues("Content-Disposition").Single();

        [Fact]
        public async Task Quotes_backslashes_and_line_breaks_are_percent_encoded_and_non_ascii_names_get_filename_star()
        {
            using var plain = new MemoryStream([1, 2, 3]);
            using var odd = new MemoryStream([4, 5]);
            using var builder = new MultipartBuilder();
            builder.Add("a\"b", "v")
                .AddFile("file", MediaUpload.FromStream(plain, "report.pdf"))
                .AddFile("file", MediaUpload.FromStream(odd, "x\"y\\z\r\né.txt"));
            using MultipartFormDataContent form = builder.Build();
            HttpContent[] parts = [.. form];

            Assert.Equal("form-data; name=\"a%22b\"", Disposition(parts[0]));
            Assert.Null(parts[0].Headers.ContentType);
            Assert.Equal("form-data; name=\"file\"; filename=\"report.pdf\"", Disposition(parts[1]));
            Assert.Equal("application/pdf", parts[1].Headers.ContentType!.MediaType);
            Assert.Equal("form-data; name=\"file\"; filename=\"x%22y%5Cz%0D%0A_.txt\"; filename*=utf-8''x%22y%5Cz%0D%0A%C3%A9.txt", Disposition(parts[2]));
            Assert.Equal("text/plain", parts[2].Headers.ContentType!.MediaType);
            Assert.Equal([1, 2, 3], await parts[1].ReadAsByteArrayAsync());
        }

        [Fact]
        public void Streams_are_left_open_or_closed_as_asked_and_nameless_images_are_named_by_their_type()
        {
            var kept = new MemoryStream([0xFF, 0xD8, 0xFF, 0xE0, 9]) { Position = 0 };
            var handed = new MemoryStream([1]);
            using (var builder = new MultipartBuilder())
            {
                builder.AddFile("image", MediaUpload.FromStream(kept)).AddFile("other", MediaUpload.FromStream(handed, "h.bin", leaveOpen: false));
                using MultipartFormDataContent form = builder.Build();
                HttpContent image = form.First();
                Assert.Equal("form-data; name=\"image\"; filename=\"image.jpg\"", Disposition(image));
                Assert.Equal("image/jpeg", image.Headers.ContentType!.MediaType);
                Assert.Equal(5, image.Headers.ContentLength);
                Assert.Equal("application/octet-stream", form.Last().Headers.ContentType!.MediaType);
            }

            Assert.True(kept.CanRead);
            Assert.False(handed.CanRead);
            Assert.Throws<ArgumentException>(() => MediaUpload.FromStream(handed, "closed.bin"));
            Assert.Throws<ArgumentException>(() => MediaUpload.FromStream(kept, string.Empty));
        }

        [Fact]
        public void Extensions_cover_images_audio_video_and_documents()
        {
            Assert.Equal("image/png", MediaContentType.Guess("a.PNG"));
            Assert.Equal("audio/wav", MediaContentType.Guess("b.wav"));
            Assert.Equal("audio/mp4", MediaContentType.Guess("c.m4a"));
            Assert.Equal("video/quicktime", MediaContentType.Guess("d.mov"));
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaContentType.Guess("e.xlsx"));
            Assert.Equal("text/plain", MediaContentType.Guess("f.rs"));
            Assert.Equal(MediaContentType.OctetStream, MediaContentType.Guess("g.unknown"));
            Assert.Equal(MediaContentType.OctetStream, MediaContentType.Guess(null));
        }
    }
}
