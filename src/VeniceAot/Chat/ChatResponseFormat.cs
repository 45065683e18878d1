using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// <c>response_format</c>, told apart by <c>type</c>: <see cref="ChatJsonSchemaResponseFormat"/> (<c>json_schema</c>),
    /// <see cref="ChatJsonObjectResponseFormat"/> (<c>json_object</c>, deprecated by Venice), <see cref="ChatTextResponseFormat"/>
    /// (<c>text</c>, the default). Any other type becomes <see cref="ChatUnknownResponseFormat"/> and is written back verbatim.
    /// </summary>
    [JsonConverter(typeof(ChatResponseFormatJsonConverter))]
    public abstract class ChatResponseFormat
    {
        private protected ChatResponseFormat(string type)
        {
            Type = type;
        }

        /// <summary>The format's <c>type</c> discriminator.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type { get; }

        /// <summary>Plain text (the default).</summary>
        public static ChatTextResponseFormat Text => new();

        /// <summary>Any JSON object (deprecated; prefer <see cref="FromJsonSchema"/>).</summary>
        public static ChatJsonObjectResponseFormat JsonObject => new();

        /// <summary>JSON that follows <paramref name="jsonSchema"/>.</summary>
        /// <param name="jsonSchema">The <c>json_schema</c> object, sent as given.</param>
        /// <returns>The format.</returns>
        public static ChatJsonSchemaResponseFormat FromJsonSchema(JsonElement jsonSchema) => new() { JsonSchema = jsonSchema };
    }

    /// <summary>
    /// <c>{"type":"json_schema","json_schema":{…}}</c>. The spec types <c>json_schema</c> as a free-form object (its own
    /// example puts the schema there directly), so it is sent exactly as given.
    /// </summary>
    public sealed class ChatJsonSchemaResponseFormat : ChatResponseFormat
    {
        /// <summary>Creates the format; set <see cref="JsonSchema"/>.</summary>
        public ChatJsonSchemaResponseFormat()
            : base("json_schema")
        {
        }

        /// <summary>The <c>json_schema</c> object.</summary>
        [JsonPropertyName("json_schema")]
        public required JsonElement JsonSchema { get; init; }
    }

    /// <summary><c>{"type":"json_object"}</c>.</summary>
    public sealed class ChatJsonObjectResponseFormat : ChatResponseFormat
    {
        /// <summary>Creates the format.</summary>
        public ChatJsonObjectResponseFormat()
            : base("json_object")
        {
        }
    }

    /// <summary><c>{"type":"text"}</c>.</summary>
    public sealed class ChatTextResponseFormat : ChatResponseFormat
    {
        /// <summary>Creates the format.</summary>
        public ChatTextResponseFormat()
            : base("text")
        {
        }
    }

    /// <summary>A response format whose <c>type</c> this version does not know; <see cref="Raw"/> is written back unchanged.</summary>
    public sealed class ChatUnknownResponseFormat : ChatResponseFormat
    {
        /// <summary>Wraps a format as given.</summary>
        /// <param name="raw">The format's JSON.</param>
        public ChatUnknownResponseFormat(JsonElement raw)
            : base(JsonUnion.StringProperty(raw, "type") ?? string.Empty)
        {
            Raw = raw.Clone();
        }

        /// <summary>The format's JSON.</summary>
        [JsonIgnore]
        public JsonElement Raw { get; }
    }

    /// <summary>Reads a <see cref="ChatResponseFormat"/> by its <c>type</c>; writes each kind through its own contract.</summary>
    public sealed class ChatResponseFormatJsonConverter : JsonConverter<ChatResponseFormat>
    {
        /// <inheritdoc/>
        public override ChatResponseFormat Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            ChatResponseFormat? format = JsonUnion.PeekString(reader, "type"u8) switch
            {
                "json_schema" => JsonSerializer.Deserialize(ref reader, context.ChatJsonSchemaResponseFormat),
                "json_object" => JsonSerializer.Deserialize(ref reader, context.ChatJsonObjectResponseFormat),
                "text" => JsonSerializer.Deserialize(ref reader, context.ChatTextResponseFormat),
                _ => null,
            };
            return format ?? new ChatUnknownResponseFormat(JsonElement.ParseValue(ref reader));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatResponseFormat value, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            switch (value)
            {
                case ChatJsonSchemaResponseFormat schema:
                    JsonSerializer.Serialize(writer, schema, context.ChatJsonSchemaResponseFormat);
                    break;
                case ChatJsonObjectResponseFormat jsonObject:
                    JsonSerializer.Serialize(writer, jsonObject, context.ChatJsonObjectResponseFormat);
                    break;
                case ChatTextResponseFormat text:
                    JsonSerializer.Serialize(writer, text, context.ChatTextResponseFormat);
                    break;
                case ChatUnknownResponseFormat unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new JsonException($"Cannot write response format type {value.GetType().Name}.");
            }
        }
    }
}
