using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Models;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice models …</c> against the demo server: the query sent, and the tables printed.</summary>
    public sealed class ModelsCommandsTests
    {
        [Fact]
        public async Task List_prints_an_aligned_table_with_context_and_price()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "list");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            Assert.Equal(
                [
                    "ID                     TYPE       NAME                   CONTEXT  PRICE (USD)",
                    "venice-uncensored      text       Venice Uncensored 1.1  32,768   $0.2 in / $0.9 out per 1M tokens",
                    "qwen3-235b             text       Qwen 3 235B            131,072  $0.9 in / $4.5 out per 1M tokens",
                    "qwen3-4b               text       Qwen 3 4B              32,768   $0.05 in / $0.15 out per 1M tokens",
                    "venice-sd35            image      Venice SD35            -        $0.01 per image",
                    "text-embedding-bge-m3  embedding  BGE-M3                 -        $0.15 in / $0.6 out per 1M tokens",
                ],
                Lines(result.Stdout.Replace("\r\n", "\n")));
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/models", request.RawPath);
            Assert.Equal(string.Empty, request.QueryString);
        }

        [Fact]
        public async Task Type_is_sent_as_the_type_query_parameter()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "list", "--type", "image");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("?type=image", server.LastRequest.QueryString);
            Assert.Equal(
                [
                    "ID           TYPE   NAME         CONTEXT  PRICE (USD)",
                    "venice-sd35  image  Venice SD35  -        $0.01 per image",
                ],
                Lines(result.Stdout.Replace("\r\n", "\n")));
        }

        [Fact]
        public async Task List_json_prints_the_raw_list()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "list", "--type", "all", "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("?type=all", server.LastRequest.QueryString);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement data = json.RootElement.GetProperty("data");
            Assert.Equal(5, data.GetArrayLength());
            Assert.Equal("qwen3-235b", data[1].GetProperty("id").GetString());
            Assert.Equal(131072, data[1].GetProperty("model_spec").GetProperty("availableContextTokens").GetInt32());
            Assert.Equal("venice.ai", data[1].GetProperty("owned_by").GetString());
        }

        [Fact]
        public async Task Empty_list_says_so()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"object":"list","data":[]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "list", "--type", "music");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No models.", result.Stdout.Trim());
            Assert.Equal("?type=music", server.LastRequest.QueryString);
        }

        [Fact]
        public async Task Traits_prints_trait_and_model_sorted()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "traits");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/models/traits", server.LastRequest.RawPath);
            Assert.Equal(
                [
                    "TRAIT              MODEL",
                    "default            venice-uncensored",
                    "default_reasoning  qwen3-235b",
                    "fastest            qwen3-4b",
                ],
                Lines(result.Stdout.Replace("\r\n", "\n")));
        }

        [Fact]
        public async Task Compat_prints_the_mapping_and_passes_the_type()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "compat", "--type", "text");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/models/compatibility_mapping", server.LastRequest.RawPath);
            Assert.Equal("?type=text", server.LastRequest.QueryString);
            Assert.Equal(
                [
                    "MODEL ID     VENICE MODEL",
                    "gpt-4o       venice-uncensored",
                    "gpt-4o-mini  qwen3-4b",
                ],
                Lines(result.Stdout.Replace("\r\n", "\n")));
        }

        [Fact]
        public async Task Traits_json_prints_the_map()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "--json", "models", "traits");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("qwen3-4b", json.RootElement.GetProperty("data").GetProperty("fastest").GetString());
        }

        [Fact]
        public async Task Unknown_option_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "models", "list", "--kind", "text");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--kind", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void Price_summarises_each_kind_of_pricing()
        {
            Assert.Equal("-", ModelsOutput.Price(null));
            Assert.Equal("$0.2 in / $0.9 out per 1M tokens", ModelsOutput.Price(new ModelPricing { Input = new ModelPrice { Usd = 0.2m }, Output = new ModelPrice { Usd = 0.9m } }));
            Assert.Equal("$0.01 per image", ModelsOutput.Price(new ModelPricing { Generation = new ModelPrice { Usd = 0.01m } }));
            Assert.Equal("$0.5 per second", ModelsOutput.Price(new ModelPricing { PerSecond = new ModelPrice { Usd = 0.5m } }));
            Assert.Equal("$0.015 per 1K characters", ModelsOutput.Price(new ModelPricing { PerThousandCharacters = new ModelPrice { Usd = 0.015m } }));
            Assert.Equal("from $0.3", ModelsOutput.Price(new ModelPricing
            {
                Durations = new Dictionary<string, DurationPriceTier> { ["10s"] = new() { Usd = 0.6m }, ["5s"] = new() { Usd = 0.3m } },
            }));
            Assert.Equal("-", ModelsOutput.Price(new ModelPricing()));
        }
    }
}
