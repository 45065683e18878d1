using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Embeddings
{
    /// <summary>
    /// The <c>input</c> of an embeddings request: one string (<c>"text"</c>) or several (<c>["a","b"]</c>, at most 2048).
    /// Strings, arrays and lists convert implicitly. A shape read from JSON that is neither (e.g. a token array, which
    /// Venice rejects) is kept in <see cref="Raw"/> and written back verbatim.
    /// </summary>
    [JsonConverter(typeof(EmbeddingInputJsonConverter))]
    public sealed class EmbeddingInput
    {
        private EmbeddingInput(string? text, IReadOnlyList<string>? texts, JsonElement? raw)
        {
            Text = text;
            Texts = texts;
            Raw = raw;
        }

        /// <summary>The single string, when the input is one string.</summary>
        public string? Text { get; }

        /// <summary>The strings, when the input is an array.</summary>
        public IReadOnlyList<string>? Texts { get; }

        /// <summary>The JSON as read, when it was neither a string nor an array of strings.</summary>
        public JsonElement? Raw { get; }

        /// <summary>An input of one string.</summary>
        /// <param name="text">The text to embed (not empty).</param>
        /// <returns>The input.</returns>
        public static EmbeddingInput FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null);

        /// <summary>An input of several strings; one vector comes back per string, in order.</summary>
        /// <param name="texts">The texts to embed (1 to 2048).</param>
        /// <returns>The input.</returns>
        public static EmbeddingInput FromTexts(IEnumerable<string> texts) =>
            new(null, [.. texts ?? throw new ArgumentNullException(nameof(texts))], null);

        /// <summary>An input kept as raw JSON (written verbatim).</summary>
        /// <param name="json">The JSON value.</param>
        /// <returns>The input.</returns>
        public static EmbeddingInput FromJson(JsonElement json) => new(null, null, json.Clone());

        /// <summary>An input of one string.</summary>
        /// <param name="text">The text to embed.</param>
        public static implicit operator EmbeddingInput(string text) => FromText(text);

        /// <summary>An input of several strings.</summary>
        /// <param name="texts">The texts to embed.</param>
        public static implicit operator EmbeddingInput(string[] texts) => FromTexts(texts);

        /// <summary>An input of several strings.</summary>
        /// <param name="texts">The texts to embed.</param>
        public static implicit operator EmbeddingInput(List<string> texts) => FromTexts(texts);

        /// <inheritdoc/>
        public override string ToString() =>
            Text ?? (Texts is not null ? $"[{Texts.Count} strings]" : Raw?.GetRawText() ?? string.Empty);
    }

    /// <summary>Reads and writes <see cref="EmbeddingInput"/> as a string, an array of strings, or raw JSON; no reflection.</summary>
    public sealed class EmbeddingInputJsonConverter : JsonConverter<EmbeddingInput>
    {
        /// <inheritdoc/>
        public override EmbeddingInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return EmbeddingInput.FromText(reader.GetString()!);
            }

            JsonElement element = JsonElement.ParseValue(ref reader);
            if (element.ValueKind == JsonValueKind.Array)
            {
                var texts = new List<string>(element.GetArrayLength());
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        return EmbeddingInput.FromJson(element);
                    }

                    texts.Add(item.GetString()!);
                }

                return EmbeddingInput.FromTexts(texts);
            }

            return EmbeddingInput.FromJson(element);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, EmbeddingInput value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
            }
            else if (value.Texts is not null)
            {
                writer.WriteStartArray();
                foreach (string text in value.Texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
            }
            else if (value.Raw is JsonElement raw)
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
