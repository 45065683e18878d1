using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Embeddings;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Embeddings
{
    /// <summary>The Embeddings group end to end: the exact request JSON, and vectors decoded identically from both encodings.</summary>
    public sealed class EmbeddingsTests(ITestOutputHelper output)
    {
        private const string Key = "test-key-embed";

        private static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        /// <summary>Floats whose bytes exercise sign, exponent extremes and subnormals; the base64 holds '+' and '/'.</summary>
        private static float[] KnownFloats(int count)
        {
            var random = new Random(20260821);
            var values = new float[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = (float)(random.NextDouble() * 2 - 1);
            }

            float[] specials = [0f, -0f, 1f, -1.5f, 3.4028235E+38f, 1.4E-45f, -1.17549435E-38f, 0.0023064255f, 1e-8f];
            specials.AsSpan(0, Math.Min(specials.Length, count)).CopyTo(values);
            return values;
        }

        private static string FloatJson(float[] values) =>
            "[" + string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

        private static string Base64Of(float[] values) => Convert.ToBase64String(MemoryMarshal.AsBytes(values.AsSpan()));

        private static string ResponseJson(string embeddingJson) =>
            """{"data":[{"embedding":""" + embeddingJson
            + ""","index":0,"object":"embedding"}],"model":"text-embedding-bge-m3","object":"list","usage":{"prompt_tokens":5,"total_tokens":5}}""";

        [Fact]
        public async Task String_input_sends_exactly_the_set_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, ResponseJson("[0.5]"));
            using VeniceClient client = ClientFor(server);

            EmbeddingResponse response = await client.Embeddings.CreateAsync(new EmbeddingRequest
            {
                Input = "The quick fox",
                Model = EmbeddingModel.BgeM3,
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/embeddings", request.RawPath);
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            SharedVeniceFiles.AssertJsonEqual("""{"input":"The quick fox","model":"text-embedding-bge-m3"}""", request.BodyText);
            Assert.DoesNotContain("null", request.BodyText);
            Assert.Equal([0.5f], response.Data[0].Embedding.ToArray());
            Assert.Equal(5, response.Usage!.TotalTokens);
            Assert.Equal("text-embedding-bge-m3", response.Model);
        }

        [Fact]
        public async Task Array_input_and_options_are_sent_as_given()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, ResponseJson("[0.5]"));
            using VeniceClient client = ClientFor(server);

            await client.Embeddings.CreateAsync(new EmbeddingRequest
            {
                Input = new[] { "first", "second \"quoted\"", "ünïcode" },
                Model = "My-Custom-Embedder",
                EncodingFormat = EmbeddingEncodingFormat.Base64,
                Dimensions = 256,
                User = "u-1",
            });

            SharedVeniceFiles.AssertJsonEqual(
                """{"input":["first","second \"quoted\"","ünïcode"],"model":"My-Custom-Embedder","encoding_format":"base64","dimensions":256,"user":"u-1"}""",
                server.LastRequest.BodyText);

            await client.Embeddings.CreateAsync(new EmbeddingRequest { Input = new List<string> { "only" }, Model = EmbeddingModel.Qwen3_8B });
            SharedVeniceFiles.AssertJsonEqual("""{"input":["only"],"model":"text-embedding-qwen3-8b"}""", server.LastRequest.BodyText);
            Assert.DoesNotContain("null", server.LastRequest.BodyText);
        }

        [Theory]
        [InlineData(16)]
        [InlineData(3000)]
        public async Task Float_and_base64_responses_give_identical_floats(int dimensions)
        {
            float[] known = KnownFloats(dimensions);
            string base64 = Base64Of(known);
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                using JsonDocument body = request.BodyJson();
                bool wantsBase64 = body.RootElement.TryGetProperty("encoding_format", out JsonElement format) && format.GetString() == "base64";
                return Respond.Json(context, 200, ResponseJson(wantsBase64 ? $"\"{base64}\"" : FloatJson(known)));
            });
            using VeniceClient client = ClientFor(server);

            EmbeddingResponse asFloats = await client.Embeddings.CreateAsync(new EmbeddingRequest
            {
                Input = "x",
                Model = EmbeddingModel.BgeM3,
                EncodingFormat = EmbeddingEncodingFormat.Float,
            });
            EmbeddingResponse asBase64 = await client.Embeddings.CreateAsync(new EmbeddingRequest
            {
                Input = "x",
                Model = EmbeddingModel.BgeM3,
                EncodingFormat = EmbeddingEncodingFormat.Base64,
            });

            Assert.Contains("\"encoding_format\":\"base64\"", server.LastRequest.BodyText);
            float[] fromFloats = asFloats.Data[0].Embedding.ToArray();
            float[] fromBase64 = asBase64.Data[0].Embedding.ToArray();
            Assert.Equal(known, fromFloats);
            Assert.Equal(known, fromBase64);
            Assert.True(MemoryMarshal.AsBytes(fromFloats.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(fromBase64.AsSpan())), "bit patterns differ (e.g. -0)");
        }

        [Fact]
        public void Escaped_base64_decodes_like_the_plain_string()
        {
            float[] known = KnownFloats(64);
            string base64 = Base64Of(known);
            Assert.Contains('+', base64);
            Assert.Contains('/', base64);
            string escaped = base64.Replace("/", "\\/").Replace("+", "\\u002B");

            EmbeddingResponse response = JsonSerializer.Deserialize(ResponseJson($"\"{escaped}\""), EmbeddingsJsonContext.Default.EmbeddingResponse)!;

            Assert.Equal(known, response.Data[0].Embedding.ToArray());
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Base64_split_across_sequence_segments_decodes(bool escaped)
        {
            float[] known = KnownFloats(2048);
            string base64 = Base64Of(known);
            if (escaped)
            {
                base64 = base64.Replace("/", "\\/");
            }

            byte[] utf8 = Encoding.UTF8.GetBytes(ResponseJson($"\"{base64}\""));
            ReadOnlySequence<byte> sequence = Segment.Split(utf8, 61);
            Assert.False(sequence.IsSingleSegment);

            var reader = new Utf8JsonReader(sequence);
            EmbeddingResponse response = JsonSerializer.Deserialize(ref reader, EmbeddingsJsonContext.Default.EmbeddingResponse)!;

            Assert.Equal(known, response.Data[0].Embedding.ToArray());
        }

        [Theory]
        [InlineData("\"AAAA\"", "whole number")]
        [InlineData("\"not base64!\"", "invalid")]
        [InlineData("[1, \"2\"]", "numbers")]
        [InlineData("{}", "number array or a base64 string")]
        public void Malformed_vectors_throw_JsonException(string embeddingJson, string messagePart)
        {
            JsonException error = Assert.Throws<JsonException>(
                () => JsonSerializer.Deserialize(ResponseJson(embeddingJson), EmbeddingsJsonContext.Default.EmbeddingResponse));
            Assert.Contains(messagePart, error.Message + error.InnerException?.Message);
        }

        [Fact]
        public void Null_vector_reads_as_empty_and_vectors_write_as_number_arrays()
        {
            EmbeddingResponse response = JsonSerializer.Deserialize(ResponseJson("null"), EmbeddingsJsonContext.Default.EmbeddingResponse)!;
            Assert.True(response.Data[0].Embedding.IsEmpty);

            float[] known = KnownFloats(32);
            EmbeddingResponse fromBase64 = JsonSerializer.Deserialize(ResponseJson($"\"{Base64Of(known)}\""), EmbeddingsJsonContext.Default.EmbeddingResponse)!;
            string written = JsonSerializer.Serialize(fromBase64, EmbeddingsJsonContext.Default.EmbeddingResponse);
            SharedVeniceFiles.AssertJsonEqual(ResponseJson(FloatJson(known)), written);
            EmbeddingResponse reread = JsonSerializer.Deserialize(written, EmbeddingsJsonContext.Default.EmbeddingResponse)!;
            Assert.Equal(known, reread.Data[0].Embedding.ToArray());
        }

        [Fact]
        public void Input_union_reads_each_shape_and_keeps_unknown_ones_verbatim()
        {
            EmbeddingRequest text = JsonSerializer.Deserialize("""{"input":"a","model":"m"}""", EmbeddingsJsonContext.Default.EmbeddingRequest)!;
            Assert.Equal("a", text.Input.Text);
            EmbeddingRequest texts = JsonSerializer.Deserialize("""{"input":["a","b"],"model":"m"}""", EmbeddingsJsonContext.Default.EmbeddingRequest)!;
            Assert.Equal(["a", "b"], texts.Input.Texts!);
            const string tokens = """{"input":[[1,2],[3]],"model":"m"}""";
            EmbeddingRequest raw = JsonSerializer.Deserialize(tokens, EmbeddingsJsonContext.Default.EmbeddingRequest)!;
            Assert.Null(raw.Input.Text);
            Assert.Null(raw.Input.Texts);
            Assert.Equal(JsonValueKind.Array, raw.Input.Raw!.Value.ValueKind);
            SharedVeniceFiles.AssertJsonEqual(tokens, JsonSerializer.Serialize(raw, EmbeddingsJsonContext.Default.EmbeddingRequest));
        }

        [Fact]
        public void Spec_examples_round_trip()
        {
            string? requestJson = SharedVeniceFiles.TryRead("examples/createEmbedding.request.1.json", output);
            string? responseJson = SharedVeniceFiles.TryRead("examples/createEmbedding.response.200.1.json", output);
            string? arrayInput = SharedVeniceFiles.TryRead("examples/fragments/CreateEmbeddingRequestSchema.input.array.json", output);
            if (requestJson is null || responseJson is null || arrayInput is null)
            {
                return;
            }

            EmbeddingRequest request = JsonSerializer.Deserialize(requestJson, EmbeddingsJsonContext.Default.EmbeddingRequest)!;
            Assert.Equal(EmbeddingModel.BgeM3, request.Model);
            Assert.Equal(EmbeddingEncodingFormat.Float, request.EncodingFormat);
            Assert.NotNull(request.Input.Text);
            SharedVeniceFiles.AssertJsonEqual(requestJson, JsonSerializer.Serialize(request, EmbeddingsJsonContext.Default.EmbeddingRequest));

            EmbeddingResponse response = JsonSerializer.Deserialize(responseJson, EmbeddingsJsonContext.Default.EmbeddingResponse)!;
            EmbeddingData item = Assert.Single(response.Data);
            Assert.Equal(3, item.Embedding.Length);
            Assert.Equal(0.0023064255f, item.Embedding.Span[0]);
            Assert.Equal("embedding", item.Object);
            Assert.Equal(8, response.Usage!.PromptTokens);
            Assert.Empty(SharedVeniceFiles.FindExtensionData(response));
            SharedVeniceFiles.AssertJsonEqual(responseJson, JsonSerializer.Serialize(response, EmbeddingsJsonContext.Default.EmbeddingResponse));

            EmbeddingInput input = JsonSerializer.Deserialize(arrayInput, EmbeddingsJsonContext.Default.EmbeddingInput)!;
            Assert.NotEmpty(input.Texts!);
            SharedVeniceFiles.AssertJsonEqual(arrayInput, JsonSerializer.Serialize(input, EmbeddingsJsonContext.Default.EmbeddingInput));
        }
    }
    /// <summary>A chain of small buffers, so the JSON reader sees values split across segments.</summary>
    internal sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        private Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Split(byte[] data, int size)
        {
            var first = new Segment(data.AsMemory(0, Math.Min(size, data.Length)), 0);
            Segment last = first;
            for (int offset = size; offset < data.Length; offset += size)
            {
                var next = new Segment(data.AsMemory(offset, Math.Min(size, data.Length - offset)), offset);
                last.Next = next;
                last = next;
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }
}
