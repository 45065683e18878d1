using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Responses;
using VeniceAot.Embeddings;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>Bugs the fuzzers found, pinned by the smallest input that showed each.</summary>
    public sealed class FuzzRegressionTests
    {
        // {"message":"Rate limit excee\xE4ed","code":"RATE_LIMIT"}: a byte flip left invalid UTF-8 inside a string.
        private static readonly byte[] MangledError = [.. "{\"message\":\"Rate limit excee"u8, 0xE4, .. "ed\",\"code\":\"RATE_LIMIT\"}"u8];

        [Fact]
        public void FromBody_with_invalid_UTF8_in_the_message_returns_the_error_instead_of_throwing()
        {
            // Was: InvalidOperationException "Cannot transcode invalid UTF-8 JSON text to UTF-16 string" (error-body#23).
            VeniceApiException error = VeniceApiException.FromBody(HttpStatusCode.TooManyRequests, MangledError, null);

            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal("Rate limit excee\uFFFDed", error.Error);
            Assert.Equal("RATE_LIMIT", error.ErrorCode);
            Assert.Equal("{\"message\":\"Rate limit excee\uFFFDed\",\"code\":\"RATE_LIMIT\"}", error.RawBody);
        }

        [Fact]
        public async Task An_error_response_with_invalid_UTF8_is_a_VeniceApiException()
        {
            // Was: the InvalidOperationException escaped ApiConnection for a 4xx/5xx (http-body#322).
            using ApiConnection connection = new InMemoryHandler(HttpStatusCode.BadRequest, "application/json", MangledError, declareLength: true).Connect();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() =>
                connection.SendAsync(connection.CreateRequest(HttpMethod.Get, InMemoryHandler.Endpoint), ChatJsonContext.Default.ChatCompletion, CancellationToken.None));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("RATE_LIMIT", error.ErrorCode);
        }

        [Fact]
        public async Task An_error_event_with_invalid_UTF8_ends_the_stream_with_VeniceApiException()
        {
            // Was: InvalidOperationException out of StreamAsync (sse-chat#118).
            byte[] body = [.. "data: {\"error\":\"over"u8, 0xFF, .. "quota\"}\n\ndata: [DONE]\n\n"u8];
            using ApiConnection connection = new InMemoryHandler(HttpStatusCode.OK, "text/event-stream", body, declareLength: false).Connect();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(async () =>
            {
                await foreach (ChatCompletionChunk _ in connection.StreamAsync(connection.CreateRequest(HttpMethod.Post, InMemoryHandler.Endpoint), ChatJsonContext.Default.ChatCompletionChunk, CancellationToken.None))
                {
                }
            });

            Assert.Equal("over\uFFFDquota", error.Error);
        }

        [Fact]
        public void A_null_open_enum_reads_as_default_and_a_missing_one_round_trips()
        {
            // Was: a key without apiKeyType wrote "apiKeyType":null, which the converter then refused (api-key-list#68),
            // and a server's explicit null failed the whole list.
            ApiKeyList list = JsonSerializer.Deserialize("""{"data":[{"id":"k1","apiKeyType":null},{"id":"k2"}]}""", ApiKeysJsonContext.Default.ApiKeyList)!;

            Assert.Null(list.Data[0].ApiKeyType.Value);
            Assert.Null(list.Data[1].ApiKeyType.Value);
            string written = JsonSerializer.Serialize(list, ApiKeysJsonContext.Default.ApiKeyList);
            ApiKeyList again = JsonSerializer.Deserialize(written, ApiKeysJsonContext.Default.ApiKeyList)!;
            Assert.Equal(written, JsonSerializer.Serialize(again, ApiKeysJsonContext.Default.ApiKeyList));
            Assert.Equal("k2", again.Data[1].Id);

            // Still strict about anything that is neither a string nor null.
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"data":[{"id":"k1","apiKeyType":5}]}""", ApiKeysJsonContext.Default.ApiKeyList));
        }

        [Fact]
        public void A_stream_event_without_a_type_round_trips()
        {
            // Was: {"output_index":1} wrote {"type":null,…} and could not be read back (responses-stream-event#161).
            ResponseStreamEvent e = JsonSerializer.Deserialize("""{"output_index":1}""", ResponsesJsonContext.Default.ResponseStreamEvent)!;
            string written = JsonSerializer.Serialize(e, ResponsesJsonContext.Default.ResponseStreamEvent);

            ResponseStreamEvent again = JsonSerializer.Deserialize(written, ResponsesJsonContext.Default.ResponseStreamEvent)!;

            Assert.Equal(1, again.OutputIndex);
            Assert.False(again.IsTerminal);
            Assert.Equal(string.Empty, again.Type.ToString());
        }

        [Fact]
        public void FromBody_with_an_escaped_lone_surrogate_returns_the_error_instead_of_throwing()
        {
            // Was: InvalidOperationException "Cannot read incomplete UTF-16 JSON text…" (error-body#4182, 100k run).
            const string body = """{"error":null,"message":"\ud800","details":[1,2]}""";

            VeniceApiException error = VeniceApiException.FromBody(HttpStatusCode.BadGateway, System.Text.Encoding.UTF8.GetBytes(body), null);

            Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
            Assert.Null(error.Error);
            Assert.Equal(body, error.RawBody);
        }

        [Fact]
        public void Stream_event_text_that_is_not_valid_UTF8_is_a_JsonException_and_unknown_item_types_read_as_empty()
        {
            // Was: InvalidOperationException from the Delta/Text/ItemId accessors (responses-stream-event#598, 100k run)
            // and from ResponseUnknownOutputItem.Type (responses-output-item#1439).
            byte[] json = [.. "{\"type\":\"response.output_text.done\",\"text\":\""u8, 0xFF, .. "Hello\",\"item_id\":\"m\"}"u8];
            ResponseStreamEvent e = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent)!;
            Assert.Equal("m", e.ItemId);
            Assert.Throws<JsonException>(() => e.Text);

            byte[] item = [.. "{\"type\":2147483648,\"type\":\"w"u8, 0xE8, .. "b\",\"id\":\"ws\"}"u8];
            ResponseOutputItem unknown = JsonSerializer.Deserialize(item, ResponsesJsonContext.Default.ResponseOutputItem)!;
            Assert.IsType<ResponseUnknownOutputItem>(unknown);
            Assert.Equal(string.Empty, unknown.Type.ToString());
        }

        [Theory]
        [InlineData("[0.1,1e39]")]
        [InlineData("[-1e400]")]
        [InlineData("\"AACAfw==\"")]
        [InlineData("\"AADAfw==\"")]
        public void Embedding_values_that_are_not_finite_float32_are_a_JsonException(string embedding)
        {
            // Was: read as infinity/NaN, then writing the response threw ArgumentException (embedding-response#447, 100k run).
            string json = "{\"data\":[{\"index\":0,\"embedding\":" + embedding + "}]}";

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, EmbeddingsJsonContext.Default.EmbeddingResponse));
        }
    }
}
