using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// A tool the model may use, told apart on the wire by <c>type</c>: <see cref="ChatFunctionTool"/> (<c>function</c>),
    /// <see cref="ChatWebSearchTool"/> (<c>web_search</c>), <see cref="ChatXSearchTool"/> (<c>x_search</c>). Any other
    /// type becomes <see cref="ChatUnknownTool"/> and is written back verbatim.
    /// </summary>
    [JsonConverter(typeof(ChatToolJsonConverter))]
    public abstract class ChatTool
    {
        private protected ChatTool(string type)
        {
            Type = type;
        }

        /// <summary>The tool's <c>type</c> discriminator.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type { get; }

        /// <summary>A function tool.</summary>
        /// <param name="name">The function's name.</param>
        /// <param name="description">What it does, for the model.</param>
        /// <param name="parameters">Its arguments as a JSON Schema object.</param>
        /// <param name="strict">Whether the model must follow the schema exactly.</param>
        /// <returns>The tool.</returns>
        public static ChatFunctionTool CreateFunction(string name, string? description = null, JsonElement? parameters = null, bool? strict = null) =>
            new() { Function = new ChatFunctionDefinition { Name = name, Description = description, Parameters = parameters, Strict = strict } };
    }

    /// <summary>A <c>function</c> tool: a function the model may call with JSON arguments.</summary>
    public sealed class ChatFunctionTool : ChatTool
    {
        /// <summary>Creates a function tool; set <see cref="Function"/>.</summary>
        public ChatFunctionTool()
            : base("function")
        {
        }

        /// <summary>Optional tool id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>The function.</summary>
        [JsonPropertyName("function")]
        public required ChatFunctionDefinition Function { get; init; }
    }

    /// <summary>The function of a <see cref="ChatFunctionTool"/>.</summary>
    public sealed class ChatFunctionDefinition
    {
        /// <summary>The function's name.</summary>
        [JsonPropertyName("name")]
        public required string Name { get; init; }

        /// <summary>What the function does, for the model.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; init; }

        /// <summary>The arguments as a JSON Schema object (free-form).</summary>
        [JsonPropertyName("parameters")]
        public JsonElement? Parameters { get; init; }

        /// <summary>Whether the model must follow <see cref="Parameters"/> exactly (a JSON Schema subset).</summary>
        [JsonPropertyName("strict")]
        public bool? Strict { get; init; }
    }

    /// <summary>A <c>web_search</c> tool: lets supported models search the web.</summary>
    public sealed class ChatWebSearchTool : ChatTool
    {
        /// <summary>Creates the tool.</summary>
        public ChatWebSearchTool()
            : base("web_search")
        {
        }
    }

    /// <summary>An <c>x_search</c> tool: lets supported models search X (Twitter).</summary>
    public sealed class ChatXSearchTool : ChatTool
    {
        /// <summary>Creates the tool.</summary>
        public ChatXSearchTool()
            : base("x_search")
        {
        }
    }

    /// <summary>A tool whose <c>type</c> this version does not know; <see cref="Raw"/> is written back unchanged.</summary>
    public sealed class ChatUnknownTool : ChatTool
    {
        /// <summary>Wraps a tool as given.</summary>
        /// <param name="raw">The tool's JSON.</param>
        public ChatUnknownTool(JsonElement raw)
            : base(JsonUnion.StringProperty(raw, "type") ?? string.Empty)
        {
            Raw = raw.Clone();
        }

        /// <summary>The tool's JSON.</summary>
        [JsonIgnore]
        public JsonElement Raw { get; }
    }

    /// <summary>
    /// Reads a <see cref="ChatTool"/> by its <c>type</c>. The spec does not require <c>type</c> on function tools, so an
    /// object without <c>type</c> but with <c>function</c> is read as a function tool (and written with <c>type: function</c>).
    /// </summary>
    public sealed class ChatToolJsonConverter : JsonConverter<ChatTool>
    {
        /// <inheritdoc/>
        public override ChatTool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            string? type = JsonUnion.PeekString(reader, "type"u8);
            if (type is null && !JsonUnion.Has(reader, "type"u8) && JsonUnion.Has(reader, "function"u8))
            {
                type = "function";
            }

            ChatTool? tool = type switch
            {
                "function" => JsonSerializer.Deserialize(ref reader, context.ChatFunctionTool),
                "web_search" => JsonSerializer.Deserialize(ref reader, context.ChatWebSearchTool),
                "x_search" => JsonSerializer.Deserialize(ref reader, context.ChatXSearchTool),
                _ => null,
            };
            return tool ?? new ChatUnknownTool(JsonElement.ParseValue(ref reader));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatTool value, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            switch (value)
            {
                case ChatFunctionTool function:
                    JsonSerializer.Serialize(writer, function, context.ChatFunctionTool);
                    break;
                case ChatWebSearchTool webSearch:
                    JsonSerializer.Serialize(writer, webSearch, context.ChatWebSearchTool);
                    break;
                case ChatXSearchTool xSearch:
                    JsonSerializer.Serialize(writer, xSearch, context.ChatXSearchTool);
                    break;
                case ChatUnknownTool unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new JsonException($"Cannot write tool type {value.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// <c>tool_choice</c>: a mode string (<see cref="None"/>, <see cref="Auto"/>, <see cref="Required"/>) or an object
    /// naming one function (<see cref="ForFunction"/>). Strings convert implicitly. An object read from JSON keeps its
    /// exact form in <see cref="Raw"/> (so shapes this version does not know survive) and is written back verbatim.
    /// </summary>
    [JsonConverter(typeof(ChatToolChoiceJsonConverter))]
    public sealed class ChatToolChoice
    {
        private ChatToolChoice(string? mode, string? type, string? functionName, JsonElement? raw = null)
        {
            Mode = mode;
            Type = type;
            FunctionName = functionName;
            Raw = raw;
        }

        /// <summary><c>"none"</c>: the model must not call tools.</summary>
        public static ChatToolChoice None => new("none", null, null);

        /// <summary><c>"auto"</c>: the model decides.</summary>
        public static ChatToolChoice Auto => new("auto", null, null);

        /// <summary><c>"required"</c>: the model must call at least one tool.</summary>
        public static ChatToolChoice Required => new("required", null, null);

        /// <summary>The mode string, when the choice is a string; otherwise null.</summary>
        public string? Mode { get; }

        /// <summary>The object's <c>type</c> (usually <c>function</c>), when the choice is an object; otherwise null.</summary>
        public string? Type { get; }

        /// <summary>The function the model must call, when the choice is an object naming one; otherwise null.</summary>
        public string? FunctionName { get; }

        /// <summary>The object as read from JSON (written back unchanged); null for strings and for choices built in code.</summary>
        public JsonElement? Raw { get; }

        /// <summary>Wraps a <c>tool_choice</c> object as given; <see cref="Type"/> and <see cref="FunctionName"/> are read from it when present.</summary>
        /// <param name="raw">The object.</param>
        /// <returns>The choice.</returns>
        /// <exception cref="ArgumentException"><paramref name="raw"/> is not a JSON object.</exception>
        public static ChatToolChoice FromRaw(JsonElement raw)
        {
            if (raw.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"A tool_choice object must be a JSON object, not {raw.ValueKind}.", nameof(raw));
            }

            string? name = raw.TryGetProperty("function", out JsonElement function) ? JsonUnion.StringProperty(function, "name") : null;
            return new(null, JsonUnion.StringProperty(raw, "type"), name, raw.Clone());
        }

        /// <summary>A mode string, known or not.</summary>
        /// <param name="mode">The mode, e.g. <c>"auto"</c>.</param>
        /// <returns>The choice.</returns>
        public static ChatToolChoice FromMode(string mode)
        {
            ArgumentNullException.ThrowIfNull(mode);
            return new(mode, null, null);
        }

        /// <summary>Forces a call of the function <paramref name="name"/>: <c>{"type":"function","function":{"name":…}}</c>.</summary>
        /// <param name="name">The function's name.</param>
        /// <param name="type">The object's <c>type</c>; <c>function</c> unless the server documents another.</param>
        /// <returns>The choice.</returns>
        public static ChatToolChoice ForFunction(string name, string type = "function")
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(type);
            return new(null, type, name);
        }

        /// <summary>Wraps a mode string.</summary>
        /// <param name="mode">The mode.</param>
        public static implicit operator ChatToolChoice(string mode) => FromMode(mode);

        /// <inheritdoc/>
        public override string ToString() => Mode ?? $"{Type}:{FunctionName}";
    }

    /// <summary>Reads and writes <see cref="ChatToolChoice"/> as a string or <c>{type, function{name}}</c>.</summary>
    public sealed class ChatToolChoiceJsonConverter : JsonConverter<ChatToolChoice>
    {
        /// <inheritdoc/>
        public override ChatToolChoice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return ChatToolChoice.FromMode(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"tool_choice must be a string or an object, found {reader.TokenType}.");
            }

            return ChatToolChoice.FromRaw(JsonElement.ParseValue(ref reader));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatToolChoice value, JsonSerializerOptions options)
        {
            if (value.Mode is not null)
            {
                writer.WriteStringValue(value.Mode);
                return;
            }

            if (value.Raw is { } raw)
            {
                raw.WriteTo(writer);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("type"u8, value.Type);
            writer.WriteStartObject("function"u8);
            writer.WriteString("name"u8, value.FunctionName);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// A tool call the model made (<c>tool_calls[]</c> of an assistant message): OpenAI's shape, which the spec leaves
    /// untyped. Send it back unchanged with the assistant message; unknown fields are kept.
    /// </summary>
    public sealed class ChatToolCall
    {
        /// <summary>The call's id; answer it with a <see cref="ChatToolMessage"/> carrying this id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The call's kind, <c>function</c>.</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>The function called and its arguments.</summary>
        [JsonPropertyName("function")]
        public ChatFunctionCall? Function { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet; they are sent back as received.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The function of a <see cref="ChatToolCall"/>.</summary>
    public sealed class ChatFunctionCall
    {
        /// <summary>The function's name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The arguments as JSON text, exactly as the model produced them (possibly invalid JSON).</summary>
        [JsonPropertyName("arguments")]
        public string? Arguments { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet; they are sent back as received.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
