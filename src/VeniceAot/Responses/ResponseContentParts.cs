using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>
    /// One part of an input message's content. <see cref="ResponseInputMessage"/> takes <see cref="ResponseInputTextPart"/>,
    /// <see cref="ResponseInputImagePart"/> and <see cref="ResponseOutputTextPart"/>; <see cref="ResponseFlexibleInputMessage"/>
    /// also takes the chat-style <see cref="ResponseTextPart"/> and <see cref="ResponseImageUrlPart"/>. Parts are told apart by
    /// <c>type</c>; an unknown one is kept as <see cref="ResponseUnknownContentPart"/>.
    /// </summary>
    [JsonConverter(typeof(ResponseContentPartJsonConverter))]
    public abstract class ResponseContentPart
    {
        private protected ResponseContentPart()
        {
        }

        /// <summary>The wire <c>type</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public abstract string Type { get; }
    }

    /// <summary><c>{"type":"input_text","text":…}</c>: text the user (or system) wrote.</summary>
    public sealed class ResponseInputTextPart : ResponseContentPart
    {
        /// <summary>Creates an empty part; set <see cref="Text"/>.</summary>
        public ResponseInputTextPart()
        {
        }

        /// <summary>Creates a part with <paramref name="text"/>.</summary>
        /// <param name="text">The text.</param>
        [SetsRequiredMembers]
        public ResponseInputTextPart(string text) => Text = text;

        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "input_text";

        /// <summary>The text.</summary>
        [JsonPropertyName("text")]
        public required string Text { get; init; }
    }

    /// <summary>The image of an <c>input_image</c> part: a URL or <c>data:</c> URI, and a detail level.</summary>
    public sealed class ResponseImageUrl
    {
        /// <summary>An https URL or a <c>data:image/…;base64,…</c> URI.</summary>
        [JsonPropertyName("url")]
        public required string Url { get; init; }

        /// <summary>The detail level.</summary>
        [JsonPropertyName("detail")]
        public ResponseImageDetail? Detail { get; init; }
    }

    /// <summary><c>{"type":"input_image","image_url":{"url":…,"detail":…}}</c>: an image for a vision model.</summary>
    public sealed class ResponseInputImagePart : ResponseContentPart
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "input_image";

        /// <summary>The image.</summary>
        [JsonPropertyName("image_url")]
        public required ResponseImageUrl ImageUrl { get; init; }
    }

    /// <summary><c>{"type":"output_text","text":…,"annotations":[…]}</c>: earlier assistant text replayed as history.</summary>
    public sealed class ResponseOutputTextPart : ResponseContentPart
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "output_text";

        /// <summary>The text.</summary>
        [JsonPropertyName("text")]
        public required string Text { get; init; }

        /// <summary>Annotations, as the earlier response had them (any JSON).</summary>
        [JsonPropertyName("annotations")]
        public IReadOnlyList<JsonElement>? Annotations { get; init; }
    }

    /// <summary><c>{"type":"text","text":…}</c>: chat-style text, accepted only in a <see cref="ResponseFlexibleInputMessage"/>.</summary>
    public sealed class ResponseTextPart : ResponseContentPart
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "text";

        /// <summary>The text.</summary>
        [JsonPropertyName("text")]
        public required string Text { get; init; }
    }

    /// <summary>
    /// <c>{"type":"image_url","image_url":…}</c>: a chat-style image, accepted only in a <see cref="ResponseFlexibleInputMessage"/>.
    /// </summary>
    public sealed class ResponseImageUrlPart : ResponseContentPart
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "image_url";

        /// <summary>The image: a bare URL string or <c>{url, detail}</c>.</summary>
        [JsonPropertyName("image_url")]
        public required ResponseFlexibleImageUrl ImageUrl { get; init; }
    }

    /// <summary>
    /// The <c>image_url</c> of a chat-style part: either a bare string (<see cref="Detail"/> null and
    /// <see cref="IsBareString"/> true) or an object <c>{url, detail}</c>.
    /// </summary>
    [JsonConverter(typeof(ResponseFlexibleImageUrlJsonConverter))]
    public sealed class ResponseFlexibleImageUrl
    {
        /// <summary>The URL or <c>data:</c> URI.</summary>
        public required string Url { get; init; }

        /// <summary>The detail level (object form only).</summary>
        public ResponseImageDetail? Detail { get; init; }

        /// <summary>True to write the bare string form <c>"image_url":"…"</c>; ignored when <see cref="Detail"/> is set.</summary>
        public bool IsBareString { get; init; }

        /// <summary>The bare string form.</summary>
        /// <param name="url">The URL or <c>data:</c> URI.</param>
        public static implicit operator ResponseFlexibleImageUrl(string url) => new() { Url = url, IsBareString = true };
    }

    /// <summary>A content part whose <c>type</c> this version does not know, kept verbatim.</summary>
    public sealed class ResponseUnknownContentPart : ResponseContentPart
    {
        /// <summary>Wraps raw JSON (an object with a <c>type</c>).</summary>
        /// <param name="raw">The part as it is to be sent or as it was read.</param>
        public ResponseUnknownContentPart(JsonElement raw) => Raw = raw;

        /// <inheritdoc/>
        public override string Type =>
            Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String
                ? type.GetString() ?? string.Empty
                : string.Empty;

        /// <summary>The part's JSON, written back unchanged.</summary>
        public JsonElement Raw { get; }
    }

    /// <summary>Reads and writes <see cref="ResponseContentPart"/> by its <c>type</c>.</summary>
    internal sealed class ResponseContentPartJsonConverter : JsonConverter<ResponseContentPart>
    {
        public override ResponseContentPart? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            ResponsesJsonContext context = ResponsesJsonContext.Default;
            return JsonUnion.PeekString(reader, "type"u8, out _) switch
            {
                "input_text" => JsonSerializer.Deserialize(ref reader, context.ResponseInputTextPart),
                "input_image" => JsonSerializer.Deserialize(ref reader, context.ResponseInputImagePart),
                "output_text" => JsonSerializer.Deserialize(ref reader, context.ResponseOutputTextPart),
                "text" => JsonSerializer.Deserialize(ref reader, context.ResponseTextPart),
                "image_url" => JsonSerializer.Deserialize(ref reader, context.ResponseImageUrlPart),
                _ => new ResponseUnknownContentPart(JsonUnion.ReadRaw(ref reader)),
            };
        }

        public override void Write(Utf8JsonWriter writer, ResponseContentPart value, JsonSerializerOptions options)
        {
            ResponsesJsonContext context = ResponsesJsonContext.Default;
            switch (value)
            {
                case ResponseInputTextPart part:
                    JsonSerializer.Serialize(writer, part, context.ResponseInputTextPart);
                    break;
                case ResponseInputImagePart part:
                    JsonSerializer.Serialize(writer, part, context.ResponseInputImagePart);
                    break;
                case ResponseOutputTextPart part:
                    JsonSerializer.Serialize(writer, part, context.ResponseOutputTextPart);
                    break;
                case ResponseTextPart part:
                    JsonSerializer.Serialize(writer, part, context.ResponseTextPart);
                    break;
                case ResponseImageUrlPart part:
                    JsonSerializer.Serialize(writer, part, context.ResponseImageUrlPart);
                    break;
                case ResponseUnknownContentPart part:
                    JsonUnion.WriteRaw(writer, part.Raw);
                    break;
                default:
                    throw new JsonException($"Unsupported content part type {value.GetType().Name}.");
            }
        }
    }

    /// <summary>Reads a string or <c>{url, detail}</c>; writes the form it was given.</summary>
    internal sealed class ResponseFlexibleImageUrlJsonConverter : JsonConverter<ResponseFlexibleImageUrl>
    {
        public override ResponseFlexibleImageUrl? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return new ResponseFlexibleImageUrl { Url = reader.GetString()!, IsBareString = true };
                case JsonTokenType.StartObject:
                    ResponseImageUrl? image = JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.ResponseImageUrl);
                    return image is null ? null : new ResponseFlexibleImageUrl { Url = image.Url, Detail = image.Detail };
                default:
                    throw new JsonException($"Expected a string or an object for image_url, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, ResponseFlexibleImageUrl value, JsonSerializerOptions options)
        {
            if (value.IsBareString && value.Detail is null)
            {
                writer.WriteStringValue(value.Url);
                return;
            }

            JsonSerializer.Serialize(writer, new ResponseImageUrl { Url = value.Url, Detail = value.Detail }, ResponsesJsonContext.Default.ResponseImageUrl);
        }
    }
}
