using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using VeniceAot.Augment;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;
using static VeniceAot.Tests.Billing.AccountTestSupport;
using NetHeaders = Microsoft.Net.Http.Headers;

namespace VeniceAot.Tests.Augment
{
    /// <summary>Augment: the text-parser multipart upload as a real multipart parser sees it, JSON and text answers, scrape and search.</summary>
    public sealed class AugmentTests(ITestOutputHelper output)
    {
        private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, 0x00, 0xFF, 0x10, .. "\r\n--not-a-boundary\r\n"u8, 0x25, 0x45, 0x4F, 0x46];

        private sealed record Part(string Name, string? FileName, string? FileNameStar, string? ContentType, byte[] Bytes);

        /// <summary>Parses the recorded body with ASP.NET Core's MultipartReader, the way a server would.</summary>
        private static async Task<List<Part>> ReadParts(RecordedRequest request)
        {
            NetHeaders.MediaTypeHeaderValue type = NetHeaders.MediaTypeHeaderValue.Parse(request.ContentType);
            Assert.Equal("multipart/form-data", type.MediaType.Value);
            string boundary = NetHeaders.HeaderUtilities.RemoveQuotes(type.Boundary).Value!;
            var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
            var parts = new List<Part>();
            while (await reader.ReadNextSectionAsync() is { } section)
            {
                Assert.True(NetHeaders.ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out NetHeaders.ContentDispositionHeaderValue? disposition));
                Assert.Equal("form-data", disposition!.DispositionType.Value);
                using var bytes = new MemoryStream();
                await section.Body.CopyToAsync(bytes);
                parts.Add(new Part(
                    NetHeaders.HeaderUtilities.RemoveQuotes(disposition.Name).Value!,
                    disposition.FileName.HasValue ? NetHeaders.HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                    disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : null,
                    section.ContentType,
                    bytes.ToArray()));
            }

            return parts;
        }

        [Fact]
        public async Task Text_parser_uploads_the_stream_as_a_file_part_and_parses_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"Hello from the PDF","tokens":5}""", new Dictionary<string, string> { ["X-Balance-Remaining"] = "4.230000" });
            using VeniceClient client = ClientFor(server);
            using var document = new MemoryStream([0xEE, 0xEE, .. Pdf]);
            document.Position = 2;

            await using (MediaResponse<TextParserResponse> response = await client.Augment.ParseTextAsync(document, "report.pdf", TextParserFormat.Json))
            {
                Assert.True(response.IsJson);
                Assert.Equal("Hello from the PDF", response.Value!.Text);
                Assert.Equal(5, response.Value.Tokens);
                Assert.Equal(4.23m, response.Metadata.BalanceRemaining);
            }

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/augment/text-parser", request.RawPath);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            List<Part> parts = await ReadParts(request);
            Assert.Equal(["file", "response_format"], parts.Select(p => p.Name));
            Assert.Equal("report.pdf", parts[0].FileName);
            Assert.Null(parts[0].FileNameStar);
            Assert.Equal("application/pdf", parts[0].ContentType);
            Assert.Equal(Pdf, parts[0].Bytes);
            Assert.Null(parts[1].FileName);
            Assert.Equal("json", Encoding.UTF8.GetString(parts[1].Bytes));
            Assert.True(document.CanRead, "the caller's stream is left open");
        }

        [Fact]
        public async Task Text_parser_text_answer_is_media_and_no_format_sends_only_the_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Text(context, 200, "text/plain; charset=utf-8", "Plain extracted text\nline 2"));
            using VeniceClient client = ClientFor(server);

            await using (MediaResponse<TextParserResponse> response = await client.Augment.ParseTextAsync(new MemoryStream(Pdf), "notes.md", TextParserFormat.Text))
            {
                Assert.False(response.IsJson);
                Assert.Equal("text/plain", response.Media!.ContentType);
                Assert.Equal("Plain extracted text\nline 2", await response.Media.ReadAsStringAsync());
            }

            List<Part> parts = await ReadParts(server.LastRequest);
            Assert.Equal("text/markdown", parts[0].ContentType);
            Assert.Equal("text", Encoding.UTF8.GetString(parts[1].Bytes));

            string text = await client.Augment.ExtractTextAsync(new MemoryStream(Pdf), "data.bin");
            Assert.Equal("Plain extracted text\nline 2", text);
            parts = await ReadParts(server.LastRequest);
            Part only = Assert.Single(parts);
            Assert.Equal("file", only.Name);
            Assert.Equal("application/octet-stream", only.ContentType);
        }

        [Fact]
        public async Task Text_parser_streams_a_file_from_disk_with_its_name_and_type()
        {
            string directory = Path.Combine(Path.GetTempPath(), "vaot-augment-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string path = Path.Combine(directory, "Bericht \"Q3\" é.docx");
                await File.WriteAllBytesAsync(path, Pdf);
                await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"t","tokens":1}""");
                using VeniceClient client = ClientFor(server);

                await using (MediaResponse<TextParserResponse> response = await client.Augment.ParseTextFileAsync(path, contentType: null))
                {
                    Assert.Equal("t", response.Value!.Text);
                }

                Part file = Assert.Single(await ReadParts(server.LastRequest));
                Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.ContentType);
                Assert.Equal("Bericht \"Q3\" é.docx", file.FileNameStar);
                Assert.Equal("Bericht %22Q3%22 _.docx", file.FileName);
                Assert.Equal(Pdf, file.Bytes);

                // The upload released the file: it can be deleted right away.
                File.Delete(path);
                await Assert.ThrowsAsync<FileNotFoundException>(() => client.Augment.ParseTextFileAsync(path));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Text_parser_refuses_oversized_and_unreadable_streams_before_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using VeniceClient client = ClientFor(server);
            using var huge = new MemoryStream();
            huge.SetLength((25L * 1024 * 1024) + 1);

            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.ParseTextAsync(huge, "big.pdf"));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.ParseTextAsync(new MemoryStream(Pdf), " "));
            var closed = new MemoryStream(Pdf);
            closed.Dispose();
            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.ParseTextAsync(closed, "x.pdf"));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Scrape_sends_the_url_and_parses_markdown()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"url":"https://example.com","content":"# Example","format":"markdown"}""", new Dictionary<string, string> { ["X-Balance-Remaining"] = "1.5" });
            using VeniceClient client = ClientFor(server);

            ApiResponse<WebScrapeResponse> response = await client.Augment.ScrapeWithMetadataAsync(new WebScrapeRequest { Url = "https://example.com" });

            Assert.Equal("/api/v1/augment/scrape", server.LastRequest.RawPath);
            AssertSameJson("""{"url":"https://example.com"}""", server.LastRequest.BodyText);
            Assert.Equal("# Example", response.Value.Content);
            Assert.Equal(WebScrapeFormat.Markdown, response.Value.Format);
            Assert.Equal(1.5m, response.Metadata.BalanceRemaining);
            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.ScrapeAsync("ftp://example.com/x"));
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task Search_sends_exact_names_and_omits_nulls()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"query":"latest AI","results":[{"title":"T","url":"https://a.test","content":"C","date":"2026-01-02"}]}""");
            using VeniceClient client = ClientFor(server);

            WebSearchResponse result = await client.Augment.SearchAsync(new WebSearchRequest { Query = "latest AI", Limit = 5, SearchProvider = WebSearchProvider.Google });
            AssertSameJson("""{"query":"latest AI","limit":5,"search_provider":"google"}""", server.LastRequest.BodyText);
            Assert.Equal("/api/v1/augment/search", server.LastRequest.RawPath);
            WebSearchResult first = Assert.Single(result.Results);
            Assert.Equal("2026-01-02", first.Date);

            await client.Augment.SearchAsync(new WebSearchRequest { Query = "only" });
            Assert.Equal("""{"query":"only"}""", server.LastRequest.BodyText);

            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.SearchAsync(new WebSearchRequest { Query = new string('q', 401) }));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Augment.SearchAsync(new WebSearchRequest { Query = "x", Limit = 21 }));
            Assert.Equal(2, server.Requests.Count);
        }

        [Fact]
        public void Spec_text_parser_request_fragment_is_a_multipart_rendering()
        {
            // Known exception: fragments/TextParserRequest.json renders the multipart body as JSON with a placeholder
            // for the binary file ("[document file]"), so it cannot round-trip through a JSON model; the upload is a
            // multipart form (see the tests above). Its response_format value must still be a TextParserFormat.
            if (SharedVeniceFiles.TryRead("examples/fragments/TextParserRequest.json", output) is not string json)
            {
                return;
            }

            using JsonDocument document = JsonDocument.Parse(json);
            output.WriteLine("Known exception: TextParserRequest.json is a multipart body rendered as JSON with a placeholder file; only response_format is checked.");
            TextParserFormat format = TextParserFormat.FromValue(document.RootElement.GetProperty("response_format").GetString()!);
            Assert.Equal(TextParserFormat.Json, format);
            Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("file").ValueKind);
        }
    }
}
