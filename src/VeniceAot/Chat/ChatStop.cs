using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary>
    /// <c>stop</c>: one stop sequence (sent as a string) or up to four (sent as an array). A string or a string array
    /// converts implicitly: <c>Stop = "END"</c> or <c>Stop = new[] { "a", "b" }</c>.
    /// </summary>
    [JsonConverter(typeof(ChatStopJsonConverter))]
    public sealed class ChatStop
    {
        /// <summary>A single stop sequence, sent as a JSON string.</summary>
        /// <param name="sequence">The sequence.</param>
        public ChatStop(string sequence)
        {
            ArgumentNullException.ThrowIfNull(sequence);
            Sequences = [sequence];
        }

        /// <summary>Stop sequences, sent as a JSON array (Venice accepts 1 to 4).</summary>
        /// <param name="sequences">The sequences.</param>
        public ChatStop(IReadOnlyList<string> sequences)
        {
            ArgumentNullException.ThrowIfNull(sequences);
            Sequences = sequences;
            IsArray = true;
        }

        /// <summary>The sequences (one when <see cref="IsArray"/> is false).</summary>
        public IReadOnlyList<string> Sequences { get; }

        /// <summary>True when sent as an array; false when sent as a single string.</summary>
        public bool IsArray { get; }

        /// <summary>Wraps one sequence.</summary>
        /// <param name="sequence">The sequence.</param>
        public static implicit operator ChatStop(string sequence) => new(sequence);

        /// <summary>Wraps several sequences.</summary>
        /// <param name="sequences">The sequences.</param>
        public static implicit operator ChatStop(string[] sequences) => new(sequences);
    }

    /// <summary>Reads and writes <see cref="ChatStop"/> as a string or an array of strings.</summary>
    public sealed class ChatStopJsonConverter : JsonConverter<ChatStop>
    {
        /// <inheritdoc/>
        public override ChatStop Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ChatStop(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"stop must be a string or an array of strings, found {reader.TokenType}.");
            }

            var sequences = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                sequences.Add(reader.TokenType == JsonTokenType.String
                    ? reader.GetString()!
                    : throw new JsonException($"stop array items must be strings, found {reader.TokenType}."));
            }

            return new ChatStop(sequences);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatStop value, JsonSerializerOptions options)
        {
            if (!value.IsArray)
            {
                writer.WriteStringValue(value.Sequences[0]);
                return;
            }

            writer.WriteStartArray();
            foreach (string sequence in value.Sequences)
            {
                writer.WriteStringValue(sequence);
            }

            writer.WriteEndArray();
        }
    }
}
