using System;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using VeniceAot.Extensions.AI;
using VeniceAot.Testing;

namespace VeniceAot.Extensions.AI.Tests
{
    /// <summary>
    /// The only place the tests touch Venice types: construction. Everything else goes through the Microsoft.Extensions.AI
    /// abstractions, as an application would.
    /// </summary>
    internal static class Harness
    {
        public const string Key = "meai-test-key-SECRET";

        public static VeniceClient Venice(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        public static IChatClient Chat(LoopbackServer server, string? model = "venice-uncensored") => Venice(server).AsIChatClient(model);

        public static IEmbeddingGenerator<string, Embedding<float>> Embeddings(LoopbackServer server, string? model = "text-embedding-bge-m3") =>
            Venice(server).AsIEmbeddingGenerator(model);

        /// <summary>Asserts that the request body is exactly <paramref name="expected"/> (same members and values, any member order).</summary>
        public static void AssertJsonBody(string expected, RecordedRequest request)
        {
            JsonNode? want = JsonNode.Parse(expected);
            JsonNode? got = JsonNode.Parse(request.BodyText);
            Assert.True(
                JsonNode.DeepEquals(want, got),
                $"The request body differs.\nExpected: {want?.ToJsonString()}\nActual:   {got?.ToJsonString()}");
        }
    }
}
