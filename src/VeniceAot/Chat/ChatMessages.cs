using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// One message of a conversation, told apart on the wire by <c>role</c>: <see cref="ChatUserMessage"/>,
    /// <see cref="ChatAssistantMessage"/>, <see cref="ChatToolMessage"/>, <see cref="ChatSystemMessage"/>,
    /// <see cref="ChatDeveloperMessage"/>. A role this version does not know becomes <see cref="ChatUnknownMessage"/>
    /// and is written back verbatim. The static factories (<see cref="User(ChatContent)"/>, …) are the short way to build one.
    /// </summary>
    [JsonConverter(typeof(ChatMessageJsonConverter))]
    public abstract class ChatMessage
    {
        private protected ChatMessage(ChatRole role)
        {
            Role = role;
        }

        /// <summary>The message's <c>role</c> discriminator.</summary>
        [JsonPropertyName("role")]
        [JsonPropertyOrder(-1)]
        public ChatRole Role { get; }

        /// <summary>Fields this version of VeniceAot does not know yet; they are sent back as received.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>A user message.</summary>
        /// <param name="content">A string or content parts.</param>
        /// <returns>The message.</returns>
        public static ChatUserMessage User(ChatContent content) => new() { Content = content };

        /// <summary>A system message.</summary>
        /// <param name="content">A string or text parts.</param>
        /// <returns>The message.</returns>
        public static ChatSystemMessage System(ChatContent content) => new() { Content = content };

        /// <summary>A developer message (instructions for reasoning models).</summary>
        /// <param name="content">A string or text parts.</param>
        /// <returns>The message.</returns>
        public static ChatDeveloperMessage Developer(ChatContent content) => new() { Content = content };

        /// <summary>An assistant message with text, e.g. an earlier turn.</summary>
        /// <param name="content">A string or text parts.</param>
        /// <returns>The message.</returns>
        public static ChatAssistantMessage Assistant(ChatContent content) => new() { Content = content };

        /// <summary>A tool result for the call <paramref name="toolCallId"/>.</summary>
        /// <param name="toolCallId">The <see cref="ChatToolCall.Id"/> being answered.</param>
        /// <param name="content">The result, usually JSON text.</param>
        /// <returns>The message.</returns>
        public static ChatToolMessage Tool(string toolCallId, string content) => new() { ToolCallId = toolCallId, Content = content };
    }

    /// <summary>A <c>user</c> message: text or parts (text, image, audio, video, file).</summary>
    public sealed class ChatUserMessage : ChatMessage
    {
        /// <summary>Creates an empty user message; set <see cref="Content"/>.</summary>
        public ChatUserMessage()
            : base(ChatRole.User)
        {
        }

        /// <summary>The content: a string or parts.</summary>
        [JsonPropertyName("content")]
        public required ChatContent Content { get; init; }

        /// <summary>Optional participant name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; init; }
    }

    /// <summary>A <c>system</c> message: text or text parts.</summary>
    public sealed class ChatSystemMessage : ChatMessage
    {
        /// <summary>Creates an empty system message; set <see cref="Content"/>.</summary>
        public ChatSystemMessage()
            : base(ChatRole.System)
        {
        }

        /// <summary>The content: a string or text parts.</summary>
        [JsonPropertyName("content")]
        public required ChatContent Content { get; init; }

        /// <summary>Optional participant name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; init; }
    }

    /// <summary>A <c>developer</c> message: like system, for reasoning-model workflows.</summary>
    public sealed class ChatDeveloperMessage : ChatMessage
    {
        /// <summary>Creates an empty developer message; set <see cref="Content"/>.</summary>
        public ChatDeveloperMessage()
            : base(ChatRole.Developer)
        {
        }

        /// <summary>The content: a string or text parts.</summary>
        [JsonPropertyName("content")]
        public required ChatContent Content { get; init; }

        /// <summary>Optional participant name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; init; }
    }

    /// <summary>
    /// An <c>assistant</c> message: what the model answered, or an earlier turn sent back. To continue a conversation,
    /// send the received message back unchanged: <see cref="ReasoningContent"/>, <see cref="ReasoningDetails"/>,
    /// <see cref="ThoughtSignature"/>, <see cref="ToolCalls"/> and unknown fields are kept as received.
    /// </summary>
    public sealed class ChatAssistantMessage : ChatMessage
    {
        /// <summary>Creates an empty assistant message.</summary>
        public ChatAssistantMessage()
            : base(ChatRole.Assistant)
        {
        }

        /// <summary>The content: a string, text parts, or null when the model only called tools.</summary>
        [JsonPropertyName("content")]
        public ChatContent? Content { get; set; }

        /// <summary>Optional participant name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The model's reasoning text (reasoning models), separate from the answer.</summary>
        [JsonPropertyName("reasoning_content")]
        public string? ReasoningContent { get; set; }

        /// <summary>Structured reasoning blocks some models return (e.g. Gemini); send them back exactly as received.</summary>
        [JsonPropertyName("reasoning_details")]
        public List<ChatReasoningDetail>? ReasoningDetails { get; set; }

        /// <summary>Gemini's thought signature; send it back exactly as received.</summary>
        [JsonPropertyName("thought_signature")]
        public string? ThoughtSignature { get; set; }

        /// <summary>The tools the model called.</summary>
        [JsonPropertyName("tool_calls")]
        public List<ChatToolCall>? ToolCalls { get; set; }
    }

    /// <summary>A <c>tool</c> message: the result of a tool call, sent back to the model.</summary>
    public sealed class ChatToolMessage : ChatMessage
    {
        /// <summary>Creates an empty tool message; set <see cref="ToolCallId"/> and <see cref="Content"/>.</summary>
        public ChatToolMessage()
            : base(ChatRole.Tool)
        {
        }

        /// <summary>The result, usually JSON text.</summary>
        [JsonPropertyName("content")]
        public required string Content { get; set; }

        /// <summary>The id of the tool call this answers.</summary>
        [JsonPropertyName("tool_call_id")]
        public required string ToolCallId { get; set; }

        /// <summary>Optional name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>Reasoning text, if the server returned any with this message.</summary>
        [JsonPropertyName("reasoning_content")]
        public string? ReasoningContent { get; set; }

        /// <summary>Tool calls, if the server returned any with this message.</summary>
        [JsonPropertyName("tool_calls")]
        public List<ChatToolCall>? ToolCalls { get; set; }
    }

    /// <summary>A message whose <c>role</c> this version does not know; <see cref="Raw"/> is written back unchanged.</summary>
    public sealed class ChatUnknownMessage : ChatMessage
    {
        /// <summary>Wraps a message as received.</summary>
        /// <param name="raw">The message's JSON.</param>
        public ChatUnknownMessage(JsonElement raw)
            : base(new ChatRole(JsonUnion.StringProperty(raw, "role") ?? string.Empty))
        {
            Raw = raw.Clone();
        }

        /// <summary>The message's JSON as received.</summary>
        [JsonIgnore]
        public JsonElement Raw { get; }
    }

    /// <summary>A structured reasoning block (<c>reasoning_details[]</c>). Keep and return it unchanged.</summary>
    public sealed class ChatReasoningDetail
    {
        /// <summary>The block's kind (provider-defined, e.g. <c>reasoning.text</c>, <c>reasoning.encrypted</c>).</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = string.Empty;

        /// <summary>Reasoning text.</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        /// <summary>Opaque (often encrypted) data.</summary>
        [JsonPropertyName("data")]
        public string? Data { get; set; }

        /// <summary>The data's format.</summary>
        [JsonPropertyName("format")]
        public string? Format { get; set; }

        /// <summary>The block's id.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The block's position.</summary>
        [JsonPropertyName("index")]
        public double? Index { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet; they are sent back as received.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Reads a <see cref="ChatMessage"/> by its <c>role</c>; writes each kind through its own contract.</summary>
    public sealed class ChatMessageJsonConverter : JsonConverter<ChatMessage>
    {
        /// <inheritdoc/>
        public override ChatMessage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            ChatMessage? message = JsonUnion.PeekString(reader, "role"u8) switch
            {
                "user" => JsonSerializer.Deserialize(ref reader, context.ChatUserMessage),
                "assistant" => JsonSerializer.Deserialize(ref reader, context.ChatAssistantMessage),
                "tool" => JsonSerializer.Deserialize(ref reader, context.ChatToolMessage),
                "system" => JsonSerializer.Deserialize(ref reader, context.ChatSystemMessage),
                "developer" => JsonSerializer.Deserialize(ref reader, context.ChatDeveloperMessage),
                _ => null,
            };
            return message ?? new ChatUnknownMessage(JsonElement.ParseValue(ref reader));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatMessage value, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            switch (value)
            {
                case ChatUserMessage user:
                    JsonSerializer.Serialize(writer, user, context.ChatUserMessage);
                    break;
                case ChatAssistantMessage assistant:
                    JsonSerializer.Serialize(writer, assistant, context.ChatAssistantMessage);
                    break;
                case ChatToolMessage tool:
                    JsonSerializer.Serialize(writer, tool, context.ChatToolMessage);
                    break;
                case ChatSystemMessage system:
                    JsonSerializer.Serialize(writer, system, context.ChatSystemMessage);
                    break;
                case ChatDeveloperMessage developer:
                    JsonSerializer.Serialize(writer, developer, context.ChatDeveloperMessage);
                    break;
                case ChatUnknownMessage unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new JsonException($"Cannot write message type {value.GetType().Name}.");
            }
        }
    }
}
