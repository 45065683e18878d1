using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>
    /// <c>input</c> of a <see cref="ResponsesRequest"/>: a plain string (<see cref="Text"/>) or a list of items
    /// (<see cref="Items"/>). Convert from either implicitly.
    /// </summary>
    [JsonConverter(typeof(ResponseInputJsonConverter))]
    public sealed class ResponseInput
    {
        private ResponseInput(string? text, IReadOnlyList<ResponseInputItem>? items)
        {
            Text = text;
            Items = items;
        }

        /// <summary>The prompt, when the input is a string.</summary>
        public string? Text { get; }

        /// <summary>The items (messages, reasoning, function calls and outputs, references), when the input is a list.</summary>
        public IReadOnlyList<ResponseInputItem>? Items { get; }

        /// <summary>A string input.</summary>
        /// <param name="text">The prompt.</param>
        /// <returns>The input.</returns>
        public static ResponseInput FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

        /// <summary>An item-list input.</summary>
        /// <param name="items">The items, in conversation order.</param>
        /// <returns>The input.</returns>
        public static ResponseInput FromItems(IReadOnlyList<ResponseInputItem> items) => new(null, items ?? throw new ArgumentNullException(nameof(items)));

        /// <summary>A string input.</summary>
        /// <param name="text">The prompt.</param>
        public static implicit operator ResponseInput(string text) => FromText(text);

        /// <summary>An item-list input.</summary>
        /// <param name="items">The items.</param>
        public static implicit operator ResponseInput(ResponseInputItem[] items) => FromItems(items);

        /// <summary>An item-list input.</summary>
        /// <param name="items">The items.</param>
        public static implicit operator ResponseInput(List<ResponseInputItem> items) => FromItems(items);
    }

    /// <summary>
    /// A message's <c>content</c>: a plain string (<see cref="Text"/>) or a list of parts (<see cref="Parts"/>).
    /// Convert from either implicitly.
    /// </summary>
    [JsonConverter(typeof(ResponseMessageContentJsonConverter))]
    public sealed class ResponseMessageContent
    {
        private ResponseMessageContent(string? text, IReadOnlyList<ResponseContentPart>? parts)
        {
            Text = text;
            Parts = parts;
        }

        /// <summary>The text, when the content is a string.</summary>
        public string? Text { get; }

        /// <summary>The parts, when the content is a list.</summary>
        public IReadOnlyList<ResponseContentPart>? Parts { get; }

        /// <summary>String content.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The content.</returns>
        public static ResponseMessageContent FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

        /// <summary>Part-list content.</summary>
        /// <param name="parts">The parts.</param>
        /// <returns>The content.</returns>
        public static ResponseMessageContent FromParts(IReadOnlyList<ResponseContentPart> parts) => new(null, parts ?? throw new ArgumentNullException(nameof(parts)));

        /// <summary>String content.</summary>
        /// <param name="text">The text.</param>
        public static implicit operator ResponseMessageContent(string text) => FromText(text);

        /// <summary>Part-list content.</summary>
        /// <param name="parts">The parts.</param>
        public static implicit operator ResponseMessageContent(ResponseContentPart[] parts) => FromParts(parts);

        /// <summary>Part-list content.</summary>
        /// <param name="parts">The parts.</param>
        public static implicit operator ResponseMessageContent(List<ResponseContentPart> parts) => FromParts(parts);
    }

    /// <summary>
    /// One item of an item-list <see cref="ResponseInput"/>: <see cref="ResponseInputMessage"/>,
    /// <see cref="ResponseFlexibleInputMessage"/>, <see cref="ResponseReasoningInput"/>, <see cref="ResponseFunctionCallInput"/>,
    /// <see cref="ResponseFunctionCallOutputInput"/> or <see cref="ResponseItemReference"/>. Items are told apart by
    /// <c>type</c> (an object without one but with a <c>role</c> is a flexible message); anything else is kept as
    /// <see cref="ResponseUnknownInputItem"/>.
    /// </summary>
    [JsonConverter(typeof(ResponseInputItemJsonConverter))]
    public abstract class ResponseInputItem
    {
        private protected ResponseInputItem()
        {
        }
    }

    /// <summary><c>{"type":"message","role":…,"content":…}</c>: a message in OpenAI Responses form.</summary>
    public sealed class ResponseInputMessage : ResponseInputItem
    {
        /// <summary>Creates an empty message; set <see cref="Role"/> and <see cref="Content"/>.</summary>
        public ResponseInputMessage()
        {
        }

        /// <summary>Creates a message.</summary>
        /// <param name="role">Who wrote it.</param>
        /// <param name="content">A string or parts.</param>
        [SetsRequiredMembers]
        public ResponseInputMessage(ResponseMessageRole role, ResponseMessageContent content)
        {
            Role = role;
            Content = content;
        }

        /// <summary>Always <c>message</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type => "message";

        /// <summary>Who wrote the message.</summary>
        [JsonPropertyName("role")]
        public required ResponseMessageRole Role { get; init; }

        /// <summary>A string or a list of <c>input_text</c>, <c>input_image</c> and <c>output_text</c> parts.</summary>
        [JsonPropertyName("content")]
        public required ResponseMessageContent Content { get; init; }

        /// <summary>The item id, when replaying an earlier output message.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>The item status, when replaying an earlier output message.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; init; }
    }

    /// <summary>
    /// <c>{"role":…,"content":…}</c> without <c>type</c>: a chat-style message. Its parts may also be
    /// <see cref="ResponseTextPart"/> and <see cref="ResponseImageUrlPart"/>.
    /// </summary>
    public sealed class ResponseFlexibleInputMessage : ResponseInputItem
    {
        /// <summary>Creates an empty message; set <see cref="Role"/> and <see cref="Content"/>.</summary>
        public ResponseFlexibleInputMessage()
        {
        }

        /// <summary>Creates a message.</summary>
        /// <param name="role">Who wrote it.</param>
        /// <param name="content">A string or parts.</param>
        [SetsRequiredMembers]
        public ResponseFlexibleInputMessage(ResponseMessageRole role, ResponseMessageContent content)
        {
            Role = role;
            Content = content;
        }

        /// <summary>Who wrote the message.</summary>
        [JsonPropertyName("role")]
        public required ResponseMessageRole Role { get; init; }

        /// <summary>A string or a list of parts.</summary>
        [JsonPropertyName("content")]
        public required ResponseMessageContent Content { get; init; }

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; init; }
    }

    /// <summary><c>{"type":"reasoning",…}</c>: an earlier reasoning item replayed as history.</summary>
    public sealed class ResponseReasoningInput : ResponseInputItem
    {
        /// <summary>Always <c>reasoning</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type => "reasoning";

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>Summary texts.</summary>
        [JsonPropertyName("summary")]
        public IReadOnlyList<string>? Summary { get; init; }

        /// <summary>The reasoning content: a string or an array (any JSON), as the earlier response had it.</summary>
        [JsonPropertyName("content")]
        public JsonElement? Content { get; init; }

        /// <summary>Provider-encrypted reasoning to hand back unchanged.</summary>
        [JsonPropertyName("encrypted_content")]
        public string? EncryptedContent { get; init; }

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; init; }
    }

    /// <summary><c>{"type":"function_call",…}</c>: a function call the model made earlier, replayed as history.</summary>
    public sealed class ResponseFunctionCallInput : ResponseInputItem
    {
        /// <summary>Always <c>function_call</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type => "function_call";

        /// <summary>The item id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>The call id that the matching <see cref="ResponseFunctionCallOutputInput"/> refers to.</summary>
        [JsonPropertyName("call_id")]
        public required string CallId { get; init; }

        /// <summary>The function's name.</summary>
        [JsonPropertyName("name")]
        public required string Name { get; init; }

        /// <summary>The arguments as a JSON string.</summary>
        [JsonPropertyName("arguments")]
        public required string Arguments { get; init; }

        /// <summary>The item status.</summary>
        [JsonPropertyName("status")]
        public ResponseItemStatus? Status { get; init; }
    }

    /// <summary>
    /// <c>{"type":"function_call_output","call_id":…,"output":…}</c>: what your function returned. <see cref="Output"/> may be
    /// any JSON (string, array, object, number, boolean or null); build it with the <c>From…</c> helpers or any <see cref="JsonElement"/>.
    /// </summary>
    public sealed class ResponseFunctionCallOutputInput : ResponseInputItem
    {
        /// <summary>Always <c>function_call_output</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type => "function_call_output";

        /// <summary>The <see cref="ResponseFunctionCallInput.CallId"/> this answers.</summary>
        [JsonPropertyName("call_id")]
        public required string CallId { get; init; }

        /// <summary>The function's result, sent as this JSON value (a null element sends <c>null</c>).</summary>
        [JsonPropertyName("output")]
        public required JsonElement Output { get; init; }

        /// <summary>A result that is a string.</summary>
        /// <param name="callId">The call id.</param>
        /// <param name="output">The result text.</param>
        /// <returns>The item.</returns>
        public static ResponseFunctionCallOutputInput FromText(string callId, string output) =>
            new() { CallId = callId, Output = JsonUnion.FromString(output) };

        /// <summary>A result that is a number.</summary>
        /// <param name="callId">The call id.</param>
        /// <param name="output">The number.</param>
        /// <returns>The item.</returns>
        public static ResponseFunctionCallOutputInput FromNumber(string callId, decimal output) =>
            new() { CallId = callId, Output = JsonUnion.FromNumber(output) };

        /// <summary>A result that is a boolean.</summary>
        /// <param name="callId">The call id.</param>
        /// <param name="output">The boolean.</param>
        /// <returns>The item.</returns>
        public static ResponseFunctionCallOutputInput FromBoolean(string callId, bool output) =>
            new() { CallId = callId, Output = JsonUnion.FromBoolean(output) };

        /// <summary>A result that is JSON <c>null</c>.</summary>
        /// <param name="callId">The call id.</param>
        /// <returns>The item.</returns>
        public static ResponseFunctionCallOutputInput FromNull(string callId) =>
            new() { CallId = callId, Output = JsonUnion.Null() };

        /// <summary>A result given as JSON text (an object, an array, or any other value).</summary>
        /// <param name="callId">The call id.</param>
        /// <param name="json">The JSON text.</param>
        /// <returns>The item.</returns>
        public static ResponseFunctionCallOutputInput FromJson(string callId, string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return new() { CallId = callId, Output = document.RootElement.Clone() };
        }
    }

    /// <summary><c>{"type":"item_reference","id":…}</c>: refers to an item by id.</summary>
    public sealed class ResponseItemReference : ResponseInputItem
    {
        /// <summary>Creates an empty reference; set <see cref="Id"/>.</summary>
        public ResponseItemReference()
        {
        }

        /// <summary>Creates a reference to <paramref name="id"/>.</summary>
        /// <param name="id">The item id.</param>
        [SetsRequiredMembers]
        public ResponseItemReference(string id) => Id = id;

        /// <summary>Always <c>item_reference</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type => "item_reference";

        /// <summary>The referenced item's id.</summary>
        [JsonPropertyName("id")]
        public required string Id { get; init; }
    }

    /// <summary>An input item this version does not model, sent (or kept) verbatim.</summary>
    public sealed class ResponseUnknownInputItem : ResponseInputItem
    {
        /// <summary>Wraps raw JSON.</summary>
        /// <param name="raw">The item's JSON.</param>
        public ResponseUnknownInputItem(JsonElement raw) => Raw = raw;

        /// <summary>The item's JSON, written unchanged.</summary>
        public JsonElement Raw { get; }
    }

    /// <summary>Reads a string or an item array; writes the form it holds.</summary>
    internal sealed class ResponseInputJsonConverter : JsonConverter<ResponseInput>
    {
        public override ResponseInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => ResponseInput.FromText(reader.GetString()!),
            JsonTokenType.StartArray => ResponseInput.FromItems(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.IReadOnlyListResponseInputItem) ?? []),
            _ => throw new JsonException($"Expected a string or an array for input, found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, ResponseInput value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            JsonSerializer.Serialize(writer, value.Items ?? [], ResponsesJsonContext.Default.IReadOnlyListResponseInputItem);
        }
    }

    /// <summary>Reads a string or a part array; writes the form it holds.</summary>
    internal sealed class ResponseMessageContentJsonConverter : JsonConverter<ResponseMessageContent>
    {
        public override ResponseMessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => ResponseMessageContent.FromText(reader.GetString()!),
            JsonTokenType.StartArray => ResponseMessageContent.FromParts(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.IReadOnlyListResponseContentPart) ?? []),
            _ => throw new JsonException($"Expected a string or an array for content, found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, ResponseMessageContent value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            JsonSerializer.Serialize(writer, value.Parts ?? [], ResponsesJsonContext.Default.IReadOnlyListResponseContentPart);
        }
    }

    /// <summary>Reads and writes <see cref="ResponseInputItem"/> by its <c>type</c> (or, without one, by a <c>role</c>).</summary>
    internal sealed class ResponseInputItemJsonConverter : JsonConverter<ResponseInputItem>
    {
        public override ResponseInputItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            ResponsesJsonContext context = ResponsesJsonContext.Default;
            string? type = JsonUnion.PeekString(reader, "type"u8, out bool hasType);
            if (!hasType)
            {
                JsonUnion.PeekString(reader, "role"u8, out bool hasRole);
                return hasRole
                    ? JsonSerializer.Deserialize(ref reader, context.ResponseFlexibleInputMessage)
                    : new ResponseUnknownInputItem(JsonUnion.ReadRaw(ref reader));
            }

            return type switch
            {
                "message" => JsonSerializer.Deserialize(ref reader, context.ResponseInputMessage),
                "reasoning" => JsonSerializer.Deserialize(ref reader, context.ResponseReasoningInput),
                "function_call" => JsonSerializer.Deserialize(ref reader, context.ResponseFunctionCallInput),
                "function_call_output" => JsonSerializer.Deserialize(ref reader, context.ResponseFunctionCallOutputInput),
                "item_reference" => JsonSerializer.Deserialize(ref reader, context.ResponseItemReference),
                _ => new ResponseUnknownInputItem(JsonUnion.ReadRaw(ref reader)),
            };
        }

        public override void Write(Utf8JsonWriter writer, ResponseInputItem value, JsonSerializerOptions options)
        {
            ResponsesJsonContext context = ResponsesJsonContext.Default;
            switch (value)
            {
                case ResponseInputMessage item:
                    JsonSerializer.Serialize(writer, item, context.ResponseInputMessage);
                    break;
                case ResponseFlexibleInputMessage item:
                    JsonSerializer.Serialize(writer, item, context.ResponseFlexibleInputMessage);
                    break;
                case ResponseReasoningInput item:
                    JsonSerializer.Serialize(writer, item, context.ResponseReasoningInput);
                    break;
                case ResponseFunctionCallInput item:
                    JsonSerializer.Serialize(writer, item, context.ResponseFunctionCallInput);
                    break;
                case ResponseFunctionCallOutputInput item:
                    JsonSerializer.Serialize(writer, item, context.ResponseFunctionCallOutputInput);
                    break;
                case ResponseItemReference item:
                    JsonSerializer.Serialize(writer, item, context.ResponseItemReference);
                    break;
                case ResponseUnknownInputItem item:
                    JsonUnion.WriteRaw(writer, item.Raw);
                    break;
                default:
                    throw new JsonException($"Unsupported input item type {value.GetType().Name}.");
            }
        }
    }
}
