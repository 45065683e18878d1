using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Benchmarks;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Json;
using Xunit.Abstractions;

namespace VeniceAot.Benchmarks.Tests
{
    /// <summary>
    /// The benchmark harness in CI: the same work for every peer (requests compared with the floor's), every benchmark
    /// method runnable with the expected parsed answer, and fixtures of the documented size.
    /// </summary>
    public sealed class BenchmarkHarnessTests(ITestOutputHelper output)
    {
        [Fact]
        public async Task Every_peer_sends_the_floors_request()
        {
            List<RequestComparison> results = await RequestVerifier.RunAsync();
            var log = new StringWriter();
            RequestVerifier.Print(results, log);
            output.WriteLine(log.ToString());

            Assert.All(results, r => Assert.Empty(r.Problems));

            // 6 scenarios: 3 peers beside the floor in the 4 OpenAI scenarios, 2 in delete and models.
            Assert.Equal(16, results.Count);

            // VeniceAot and Refit share VeniceAot's models: byte-identical bodies, same path, query, key and user agent.
            foreach (RequestComparison r in results.Where(r => r.Peer is "VeniceAot" or "Refit"))
            {
                Assert.Equal(r.Floor.Body, r.Peer_.Body);
                Assert.Equal(r.Floor.PathAndQuery, r.Peer_.PathAndQuery);
                Assert.Equal("Bearer " + Fixtures.ApiKey, r.Peer_.Header("Authorization"));
                Assert.Equal(Fixtures.UserAgent, r.Peer_.Header("User-Agent"));
            }

            RequestComparison delete = results.Single(r => r.Scenario == "DeleteKey" && r.Peer == "VeniceAot");
            Assert.Equal("DELETE", delete.Peer_.Method);
            Assert.Equal("/api/v1/api_keys?id=" + Fixtures.KeyId, delete.Peer_.PathAndQuery);

            // The OpenAI SDK writes the same JSON value in its own key order; its User-Agent is its own.
            RequestComparison openAIChat = results.Single(r => r.Scenario == "ChatInMemory" && r.Peer == "OpenAI");
            Assert.Equal("/api/v1/chat/completions", openAIChat.Peer_.PathAndQuery);
            Assert.Equal("Bearer " + Fixtures.ApiKey, openAIChat.Peer_.Header("Authorization"));
            Assert.StartsWith("OpenAI/", openAIChat.Peer_.Header("User-Agent"));

            RequestComparison openAIStream = results.Single(r => r.Scenario == "ChatStreaming" && r.Peer == "OpenAI");
            using JsonDocument streamBody = JsonDocument.Parse(openAIStream.Peer_.Body);
            Assert.True(streamBody.RootElement.GetProperty("stream").GetBoolean());
            Assert.True(streamBody.RootElement.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        }

        [Fact]
        public async Task Quick_mode_runs_every_benchmark_and_each_parses_the_expected_answer()
        {
            var log = new StringWriter();
            List<string> failures = await QuickRunner.RunAsync(2, log);
            output.WriteLine(log.ToString());

            Assert.Empty(failures);
            int methods = QuickRunner.ScenarioTypes.Sum(t => QuickRunner.BenchmarkMethods(t).Count);
            Assert.Equal(22, methods);
            Assert.Equal(methods, log.ToString().Split('\n').Count(line => line.Contains(" x2: ", StringComparison.Ordinal)));
        }

        [Fact]
        public void Fixtures_have_the_documented_shape()
        {
            // 200 chunk events, then [DONE].
            string stream = Encoding.UTF8.GetString(Fixtures.StreamResponse);
            string[] events = stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Fixtures.StreamChunkCount + 1, events.Length);
            Assert.Equal("data: [DONE]", events[^1]);
            int content = 0;
            foreach (string e in events[..^1])
            {
                ChatCompletionChunk chunk = JsonSerializer.Deserialize(e["data: ".Length..], ChatJsonContext.Default.ChatCompletionChunk)!;
                content += chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content?.Length ?? 0 : 0;
            }

            Assert.Equal(Fixtures.StreamContentLength, content);

            EmbeddingResponse embedding = JsonSerializer.Deserialize(Fixtures.EmbeddingResponse, EmbeddingsJsonContext.Default.EmbeddingResponse)!;
            Assert.Equal(Fixtures.EmbeddingDimensions, embedding.Data[0].Embedding.Length);
            Assert.Equal(Fixtures.EmbeddingVector, embedding.Data[0].Embedding.ToArray());

            byte[] models = Fixtures.LoadModelsResponse(out string source);
            output.WriteLine("models listing: " + source);
            Assert.True(models.Length > 100_000, $"the models listing is {models.Length} bytes");
        }
    }
}
