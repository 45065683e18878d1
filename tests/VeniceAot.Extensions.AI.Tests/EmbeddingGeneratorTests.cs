using System;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Testing;

namespace VeniceAot.Extensions.AI.Tests
{
    /// <summary><see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over Venice's <c>POST /embeddings</c>.</summary>
    public sealed class EmbeddingGeneratorTests
    {
        [Fact]
        public async Task Generates_vectors_in_input_order_with_dimensions_and_usage()
        {
            // Data out of order on purpose: the index decides the position.
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"object":"list","model":"text-embedding-bge-m3","usage":{"prompt_tokens":6,"total_tokens":6},
                 "data":[{"object":"embedding","index":1,"embedding":[0.5,-0.5,1]},{"object":"embedding","index":0,"embedding":[0.25,0.125,-1]}]}
                """);
            IEmbeddingGenerator<string, Embedding<float>> generator = Harness.Embeddings(server);

            GeneratedEmbeddings<Embedding<float>> result = await generator.GenerateAsync(["first", "second"], new EmbeddingGenerationOptions { Dimensions = 3 });

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/api/v1/embeddings", request.RawPath);
            Harness.AssertJsonBody("""{"input":["first","second"],"model":"text-embedding-bge-m3","dimensions":3}""", request);
            Assert.Equal(2, result.Count);
            Assert.Equal(new[] { 0.25f, 0.125f, -1f }, result[0].Vector.ToArray());
            Assert.Equal(new[] { 0.5f, -0.5f, 1f }, result[1].Vector.ToArray());
            Assert.Equal("text-embedding-bge-m3", result[0].ModelId);
            Assert.Equal(3, result[0].Dimensions);
            Assert.NotNull(result.Usage);
            Assert.Equal(6, result.Usage.InputTokenCount);
            Assert.Equal(6, result.Usage.TotalTokenCount);
        }

        [Fact]
        public async Task Model_option_and_encoding_format_property_are_sent_and_metadata_is_reported()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"object":"list","model":"other","data":[{"object":"embedding","index":0,"embedding":[1,2]}]}
                """);
            IEmbeddingGenerator<string, Embedding<float>> generator = Harness.Embeddings(server);

            Embedding<float> single = await generator.GenerateAsync("one", new EmbeddingGenerationOptions
            {
                ModelId = "other",
                AdditionalProperties = new() { [VeniceAIProperties.EncodingFormat] = "float" },
            });

            Harness.AssertJsonBody("""{"input":["one"],"model":"other","encoding_format":"float"}""", server.LastRequest);
            Assert.Equal(new[] { 1f, 2f }, single.Vector.ToArray());
            EmbeddingGeneratorMetadata? metadata = generator.GetService<EmbeddingGeneratorMetadata>();
            Assert.NotNull(metadata);
            Assert.Equal("venice", metadata.ProviderName);
            Assert.Equal("text-embedding-bge-m3", metadata.DefaultModelId);
        }

        [Fact]
        public async Task Api_error_surfaces_as_VeniceApiException()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(401, """{"error":"Authentication failed"}""");
            IEmbeddingGenerator<string, Embedding<float>> generator = Harness.Embeddings(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => generator.GenerateAsync(["x"]));

            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
            Assert.Equal("Authentication failed", error.Error);
        }
    }
}
