using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Crypto
{
    /// <summary>The body of <c>POST /crypto/rpc/{network}</c>: one call (an object) or a batch (an array of at most 100).</summary>
    [JsonConverter(typeof(JsonRpcRequestBodyJsonConverter))]
    public sealed class JsonRpcRequestBody
    {
        private JsonRpcRequestBody(JsonRpcRequest? single, IReadOnlyList<JsonRpcRequest>? batch)
        {
            Single = single;
            Batch = batch;
        }

        /// <summary>The call, when the body is one object.</summary>
        public JsonRpcRequest? Single { get; }

        /// <summary>The calls, when the body is an array.</summary>
        public IReadOnlyList<JsonRpcRequest>? Batch { get; }

        /// <summary>A body with one call.</summary>
        /// <param name="request">The call.</param>
        /// <returns>The body.</returns>
        public static JsonRpcRequestBody FromSingle(JsonRpcRequest request) => new(request ?? throw new ArgumentNullException(nameof(request)), null);

        /// <summary>A batch body.</summary>
        /// <param name="requests">The calls.</param>
        /// <returns>The body.</returns>
        public static JsonRpcRequestBody FromBatch(IReadOnlyList<JsonRpcRequest> requests) => new(null, requests ?? throw new ArgumentNullException(nameof(requests)));
    }

    /// <summary>The answer of <c>POST /crypto/rpc/{network}</c>: one response object or an array of them.</summary>
    [JsonConverter(typeof(JsonRpcResponseBodyJsonConverter))]
    public sealed class JsonRpcResponseBody
    {
        private JsonRpcResponseBody(JsonRpcResponse? single, List<JsonRpcResponse>? batch, JsonElement? raw)
        {
            Single = single;
            Batch = batch;
            Raw = raw;
        }

        /// <summary>The answer, when the body is one object.</summary>
        public JsonRpcResponse? Single { get; }

        /// <summary>The answers, when the body is an array.</summary>
        public List<JsonRpcResponse>? Batch { get; }

        /// <summary>The body as received when it is neither an object nor an array.</summary>
        public JsonElement? Raw { get; }

        /// <summary>A single answer.</summary>
        /// <param name="response">The answer.</param>
        /// <returns>The body.</returns>
        public static JsonRpcResponseBody FromSingle(JsonRpcResponse response) => new(response ?? throw new ArgumentNullException(nameof(response)), null, null);

        /// <summary>A batch answer.</summary>
        /// <param name="responses">The answers.</param>
        /// <returns>The body.</returns>
        public static JsonRpcResponseBody FromBatch(List<JsonRpcResponse> responses) => new(null, responses ?? throw new ArgumentNullException(nameof(responses)), null);

        /// <summary>Any other JSON, kept verbatim.</summary>
        /// <param name="raw">The JSON.</param>
        /// <returns>The body.</returns>
        public static JsonRpcResponseBody FromRaw(JsonElement raw) => new(null, null, raw.Clone());
    }

    /// <summary>Writes <see cref="JsonRpcRequestBody"/> as an object or an array (and reads it back).</summary>
    public sealed class JsonRpcRequestBodyJsonConverter : JsonConverter<JsonRpcRequestBody>
    {
        /// <inheritdoc/>
        public override JsonRpcRequestBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.StartObject => JsonRpcRequestBody.FromSingle(JsonSerializer.Deserialize(ref reader, CryptoJsonContext.Default.JsonRpcRequest)!),
            JsonTokenType.StartArray => JsonRpcRequestBody.FromBatch(JsonSerializer.Deserialize(ref reader, CryptoJsonContext.Default.ListJsonRpcRequest)!),
            _ => throw new JsonException($"A JSON-RPC body is an object or an array, not {reader.TokenType}."),
        };

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, JsonRpcRequestBody value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Single is { } single)
            {
                JsonSerializer.Serialize(writer, single, CryptoJsonContext.Default.JsonRpcRequest);
                return;
            }

            writer.WriteStartArray();
            foreach (JsonRpcRequest request in value.Batch ?? [])
            {
                JsonSerializer.Serialize(writer, request, CryptoJsonContext.Default.JsonRpcRequest);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Reads <see cref="JsonRpcResponseBody"/> from an object or an array; anything else is kept raw.</summary>
    public sealed class JsonRpcResponseBodyJsonConverter : JsonConverter<JsonRpcResponseBody>
    {
        /// <inheritdoc/>
        public override JsonRpcResponseBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return JsonRpcResponseBody.FromSingle(JsonSerializer.Deserialize(ref reader, CryptoJsonContext.Default.JsonRpcResponse)!);
                case JsonTokenType.StartArray:
                    return JsonRpcResponseBody.FromBatch(JsonSerializer.Deserialize(ref reader, CryptoJsonContext.Default.ListJsonRpcResponse)!);
                default:
                    using (JsonDocument document = JsonDocument.ParseValue(ref reader))
                    {
                        return JsonRpcResponseBody.FromRaw(document.RootElement);
                    }
            }
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, JsonRpcResponseBody value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Single is { } single)
            {
                JsonSerializer.Serialize(writer, single, CryptoJsonContext.Default.JsonRpcResponse);
            }
            else if (value.Batch is { } batch)
            {
                JsonSerializer.Serialize(writer, batch, CryptoJsonContext.Default.ListJsonRpcResponse);
            }
            else if (value.Raw is { } raw)
            {
                raw.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
