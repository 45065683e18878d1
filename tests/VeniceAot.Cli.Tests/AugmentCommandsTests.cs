using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice search</c>, <c>scrape</c> and <c>parse</c> in-process.</summary>
    public sealed class AugmentCommandsTests
    {
        [Fact]
        public async Task Search_posts_query_limit_provider_and_prints_a_table()
        {
            const string body = """
                {"query":"venice api","results":[{"title":"Venice API docs","url":"https://docs.venice.ai","content":"...","date":"2026-01-02"},{"title":"Blog","url":"https://venice.ai/blog"}]}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "search", "venice api", "--limit", "2", "--provider", "google");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("POST", server.LastRequest.Method);
            Assert.Equal("/api/v1/augment/search", server.LastRequest.RawPath);
            using (JsonDocument sent = server.LastRequest.BodyJson())
            {
                Assert.Equal("venice api", sent.RootElement.GetProperty("query").GetString());
                Assert.Equal(2, sent.RootElement.GetProperty("limit").GetInt32());
                Assert.Equal("google", sent.RootElement.GetProperty("search_provider").GetString());
            }

            Assert.Equal(
                ["#  TITLE            DATE        URL", "1  Venice API docs  2026-01-02  https://docs.venice.ai", "2  Blog             -           https://venice.ai/blog"],
                Lines(result.Stdout));

            CliResult json = await RunAgainstAsync(server.BaseAddress, "search", "venice api", "--json");
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal(2, doc.RootElement.GetProperty("results").GetArrayLength());
        }

        [Fact]
        public async Task Scrape_posts_the_url_and_prints_the_content()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"url":"https://example.com","content":"# Example\n\nHello.\n","format":"markdown"}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "scrape", "https://example.com");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/augment/scrape", server.LastRequest.RawPath);
            using (JsonDocument sent = server.LastRequest.BodyJson())
            {
                Assert.Equal("https://example.com", sent.RootElement.GetProperty("url").GetString());
            }

            Assert.Equal("# Example\n\nHello.\n", result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));

            CliResult bad = await RunAgainstAsync(server.BaseAddress, "scrape", "ftp://example.com");
            Assert.Equal(2, bad.ExitCode);
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task Parse_uploads_the_file_as_multipart_and_prints_the_text()
        {
            string path = Path.Combine(Path.GetTempPath(), "venice-parse-" + Guid.NewGuid().ToString("N") + ".txt");
            await File.WriteAllTextAsync(path, "hello document");
            try
            {
                await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"hello document","tokens":2}""");

                CliResult result = await RunAgainstAsync(server.BaseAddress, "parse", path);

                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.Equal("hello document\n", result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
                RecordedRequest request = server.LastRequest;
                Assert.Equal("POST", request.Method);
                Assert.Equal("/api/v1/augment/text-parser", request.RawPath);
                Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
                Assert.Contains("hello document", request.BodyText, StringComparison.Ordinal);
                Assert.Contains(Path.GetFileName(path), request.BodyText, StringComparison.Ordinal);

                CliResult json = await RunAgainstAsync(server.BaseAddress, "parse", path, "--json");
                using JsonDocument doc = JsonDocument.Parse(json.Stdout);
                Assert.Equal(2, doc.RootElement.GetProperty("tokens").GetInt32());

                CliResult missing = await RunAgainstAsync(server.BaseAddress, "parse", path + ".missing");
                Assert.Equal(2, missing.ExitCode);
                Assert.Equal(2, server.Requests.Count);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
