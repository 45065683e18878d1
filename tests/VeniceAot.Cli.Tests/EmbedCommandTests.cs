using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice embed</c>: the request body, the summary table and the JSON output.</summary>
    public sealed class EmbedCommandTests
    {
        private const string TwoVectors = """
            {"object":"list","model":"text-embedding-bge-m3","data":[
              {"object":"embedding","index":0,"embedding":[0.1,-0.25,0.333333,0.4,0.5,0.6,0.7]},
              {"object":"embedding","index":1,"embedding":[1,-2]}],
             "usage":{"prompt_tokens":7,"total_tokens":7}}
            """;

        [Fact]
        public async Task Several_texts_are_sent_as_an_array_and_summarised_per_input()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoVectors);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "embed", "the quick brown fox", "a lazy dog");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            Assert.Equal(
                [
                    "INPUT  DIMENSIONS  FIRST VALUES                           TEXT",
                    "0      7           0.1000 -0.2500 0.3333 0.4000 0.5000 …  the quick brown fox",
                    "1      2           1.0000 -2.0000                         a lazy dog",
                    "Model: text-embedding-bge-m3; prompt tokens: 7",
                ],
                Lines(result.Stdout.Replace("\r\n", "\n")));
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/embeddings", request.RawPath);
            using JsonDocument body = request.BodyJson();
            Assert.Equal("text-embedding-bge-m3", body.RootElement.GetProperty("model").GetString());
            Assert.Equal(["the quick brown fox", "a lazy dog"], body.RootElement.GetProperty("input").EnumerateArray().Select(e => e.GetString()!).ToArray());
            Assert.False(body.RootElement.TryGetProperty("dimensions", out _));
        }

        [Fact]
        public async Task One_text_is_sent_as_a_string_with_the_model_and_dimensions_given()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "embed", "-m", "text-embedding-qwen3-8b", "--dimensions", "256", "hello");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("input").ValueKind);
            Assert.Equal("hello", body.RootElement.GetProperty("input").GetString());
            Assert.Equal("text-embedding-qwen3-8b", body.RootElement.GetProperty("model").GetString());
            Assert.Equal(256, body.RootElement.GetProperty("dimensions").GetInt32());
            string[] lines = Lines(result.Stdout.Replace("\r\n", "\n"));
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("0      8           ", lines[1]);
            Assert.EndsWith("…  hello", lines[1]);
        }

        [Fact]
        public async Task Dash_reads_one_text_per_non_empty_stdin_line()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("first line\r\n\nsecond line\n"), isRedirected: true), "embed", "-");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal(["first line", "second line"], body.RootElement.GetProperty("input").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }

        [Fact]
        public async Task Json_prints_the_full_response()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoVectors);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "embed", "--json", "a", "b");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement first = json.RootElement.GetProperty("data")[0].GetProperty("embedding");
            Assert.Equal(7, first.GetArrayLength());
            Assert.Equal(0.333333f, first[2].GetSingle());
            Assert.Equal(7, json.RootElement.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
        }

        [Theory]
        [InlineData("embed")]
        [InlineData("embed", "--dimensions", "0", "x")]
        [InlineData("embed", "--dimensions", "many", "x")]
        [InlineData("embed", "")]
        [InlineData("embed", "-", "-")]
        public async Task Bad_embed_command_lines_exit_2_and_send_nothing(params string[] args)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoVectors);

            CliResult result = await RunAgainstAsync(server.BaseAddress, args);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.StartsWith("error: ", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Empty_stdin_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoVectors);

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("\n \n"), isRedirected: true), "embed", "-");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("stdin had no non-empty line", result.Stderr);
            Assert.Empty(server.Requests);
        }
    }
}
