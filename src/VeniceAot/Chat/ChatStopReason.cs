using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// What stopped a choice, as some backends report it beside <c>finish_reason</c>. Venice declares the string
    /// values below; OpenAI-compatible backends may instead report the stop token id as a number, which is read as its
    /// decimal text (and written back as a string).
    /// </summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(ChatStopReasonJsonConverter))]
    public readonly record struct ChatStopReason(string Value) : IOpenEnum<ChatStopReason>
    {
        /// <summary><c>stop</c>: a natural stop or a stop sequence.</summary>
        public static ChatStopReason Stop => new("stop");

        /// <summary><c>length</c>: the token limit was reached.</summary>
        public static ChatStopReason Length => new("length");

        /// <inheritdoc/>
        public static ChatStopReason FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Reads a <see cref="ChatStopReason"/> from a string or a number; writes it as a string.</summary>
    public sealed class ChatStopReasonJsonConverter : JsonConverter<ChatStopReason>
    {
        /// <inheritdoc/>
        public override ChatStopReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => new ChatStopReason(reader.GetString()!),
                JsonTokenType.Number => new ChatStopReason(System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan)),
                _ => throw new JsonException($"Expected a string or a number for stop_reason, found {reader.TokenType}."),
            };

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatStopReason value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
