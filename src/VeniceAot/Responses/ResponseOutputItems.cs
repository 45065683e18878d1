using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>
    /// One item of <see cref="ResponsesResponse.Output"/>: <see cref="ResponseReasoningItem"/>, <see cref="ResponseMessageItem"/>,
    /// <see cref="ResponseFunctionCallItem"/>, <see cref="ResponseWebSearchCallItem"/>, or <see cref="ResponseUnknownOutputItem"/>
    /// for a <c>type</c> this version does not know (kept verbatim). Told apart by <c>type</c>.
    /// </summary>
    [JsonConverter(typeof(ResponseOutputItemJsonConverter))]
    public abstract class ResponseOutputItem
    {
        private protected ResponseOutputItem()
        {
        }

        /// <summary>The item's <c>type</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public abstract ResponseOutputItemType Type { get; }
    }

    /// <summary><c>reasoning</c>: the model's reasoning.</summary>
    public sealed class ResponseReasoningItem : ResponseOutputItem
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override ResponseOutputItemType Type => ResponseOutputItemType.Reasoning;

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>Summary texts.</summary>
        [JsonPropertyName("summary")]
        public List<string>? Summary { get; set; }

        /// <summary>Provider-encrypted reasoning, to send back unchanged.</summary>
        [JsonPropertyName("encrypted_content")]
        public string? EncryptedContent { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>message</c>: the assistant's reply.</summary>
    public sealed class ResponseMessageItem : ResponseOutputItem
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override ResponseOutputItemType Type => ResponseOutputItemType.Message;

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; set; }

        /// <summary>Always <c>assistant</c>.</summary>
        [JsonPropertyName("role")]
        public ResponseMessageRole? Role { get; set; }

        /// <summary>The content parts.</summary>
        [JsonPropertyName("content")]
        public List<ResponseOutputContent> Content { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A content part of an output message (<c>output_text</c>, or another type whose fields land in <see cref="AdditionalProperties"/>).</summary>
    public sealed class ResponseOutputContent
    {
        /// <summary>The part's type.</summary>
        [JsonPropertyName("type")]
        public ResponseOutputContentType Type { get; set; }

        /// <summary>The text.</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        /// <summary>Citations into <see cref="Text"/>.</summary>
        [JsonPropertyName("annotations")]
        public List<ResponseAnnotation>? Annotations { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>An annotation on output text, typically a <c>url_citation</c>.</summary>
    public sealed class ResponseAnnotation
    {
        /// <summary>The annotation type.</summary>
        [JsonPropertyName("type")]
        public ResponseAnnotationType Type { get; set; }

        /// <summary>The cited URL.</summary>
        [JsonPropertyName("url")]
        public string? Url { get; set; }

        /// <summary>The cited page's title.</summary>
        [JsonPropertyName("title")]
        public string? Title { get; set; }

        /// <summary>Where the citation starts in the text.</summary>
        [JsonPropertyName("start_index")]
        public int? StartIndex { get; set; }

        /// <summary>Where the citation ends in the text.</summary>
        [JsonPropertyName("end_index")]
        public int? EndIndex { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>function_call</c>: the model wants your function run; answer with a <see cref="ResponseFunctionCallOutputInput"/>.</summary>
    public sealed class ResponseFunctionCallItem : ResponseOutputItem
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override ResponseOutputItemType Type => ResponseOutputItemType.FunctionCall;

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The call id to answer with.</summary>
        [JsonPropertyName("call_id")]
        public string CallId { get; set; } = string.Empty;

        /// <summary>The function's name.</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The arguments as a JSON string.</summary>
        [JsonPropertyName("arguments")]
        public string Arguments { get; set; } = string.Empty;

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>This call as an input item, to replay it in the next request's history.</summary>
        /// <returns>The input item.</returns>
        public ResponseFunctionCallInput ToInput() => new()
        {
            Id = string.IsNullOrEmpty(Id) ? null : Id,
            CallId = CallId,
            Name = Name,
            Arguments = Arguments,
            Status = Status,
        };
    }

    /// <summary><c>web_search_call</c>: a web search the server ran.</summary>
    public sealed class ResponseWebSearchCallItem : ResponseOutputItem
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override ResponseOutputItemType Type => ResponseOutputItemType.WebSearchCall;

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>An output item of a <c>type</c> this version does not know; <see cref="Raw"/> is written back verbatim.</summary>
    public sealed class ResponseUnknownOutputItem : ResponseOutputItem
    {
        /// <summary>Wraps raw JSON.</summary>
        /// <param name="raw">The item's JSON.</param>
        public ResponseUnknownOutputItem(JsonElement raw) => Raw = raw;

        /// <inheritdoc/>
        public override ResponseOutputItemType Type =>
            new(Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String
                ? JsonUnion.TextOrNull(type) ?? string.Empty
                : string.Empty);

        /// <summary>The item's JSON as received.</summary>
        public JsonElement Raw { get; }
    }

    /// <summary>Reads and writes <see cref="ResponseOutputItem"/> by its <c>type</c>.</summary>
    internal sealed class ResponseOutputItemJsonConverter : JsonConverter<ResponseOutputItem>
    {
        public override ResponseOutputItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            ResponsesJsonContext context = ResponsesJsonContext.Default;
            return JsonUnion.PeekString(reader, "type"u8, out _) switch
            {
                "reasoning" => JsonSerializer.Deserialize(ref reader, context.ResponseReasoningItem),
                "message" => JsonSerializer.Deserialize(ref reader, context.ResponseMessageItem),
                "function_call" => JsonSerializer.Deserialize(ref reader, context.ResponseFunctionCallItem),
                "web_search_call" => JsonSerializer.Deserialize(ref reader, context.ResponseWebSearchCallItem),
                _ => new ResponseUnknownOutputItem(JsonUnion.ReadRaw(ref reader)),
            };
        }

        public override void Write(Utf8JsonWriter writer, ResponseOutputItem value, JsonSerializerOptions options)
        {
            ResponsesJsonContext context = ResponsesJsonContext.Default;
            switch (value)
            {
                case ResponseReasoningItem item:
                    JsonSerializer.Serialize(writer, item, context.ResponseReasoningItem);
                    break;
                case ResponseMessageItem item:
                    JsonSerializer.Serialize(writer, item, context.ResponseMessageItem);
                    break;
                case ResponseFunctionCallItem item:
                    JsonSerializer.Serialize(writer, item, context.ResponseFunctionCallItem);
                    break;
                case ResponseWebSearchCallItem item:
                    JsonSerializer.Serialize(writer, item, context.ResponseWebSearchCallItem);
                    break;
                case ResponseUnknownOutputItem item:
                    JsonUnion.WriteRaw(writer, item.Raw);
                    break;
                default:
                    throw new JsonException($"Unsupported output item type {value.GetType().Name}.");
            }
        }
    }
}
