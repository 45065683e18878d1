using System;
using System.Buffers;
using System.Text.Json;

namespace VeniceAot.Responses
{
    /// <summary>Helpers the Responses union converters share: peek a discriminator, keep raw JSON, build elements.</summary>
    internal static class JsonUnion
    {
        /// <summary>
        /// Looks for a top-level property of the object the reader is on and returns its string value, without moving
        /// the caller's reader (the reader is copied). <paramref name="found"/> says whether the property exists at all.
        /// </summary>
        public static string? PeekString(Utf8JsonReader reader, ReadOnlySpan<byte> name, out bool found)
        {
            found = false;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            int depth = reader.CurrentDepth;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
                {
                    return null;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                bool match = reader.ValueTextEquals(name);
                if (!reader.Read())
                {
                    return null;
                }

                if (match)
                {
                    found = true;
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }

        /// <summary>
        /// The text of a string element, or null when it cannot be read as text (invalid UTF-8 or an escaped lone
        /// surrogate, which the reader lets through and <see cref="JsonElement.GetString"/> then refuses).
        /// </summary>
        public static string? TextOrNull(JsonElement element)
        {
            try
            {
                return element.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>Reads the current value as a self-contained <see cref="JsonElement"/> (kept verbatim for unknown union cases).</summary>
        public static JsonElement ReadRaw(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

        /// <summary>Writes a kept <see cref="JsonElement"/> back as it came; an undefined element is written as <c>null</c>.</summary>
        public static void WriteRaw(Utf8JsonWriter writer, JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
                return;
            }

            element.WriteTo(writer);
        }

        /// <summary>Builds a JSON string element.</summary>
        public static JsonElement FromString(string value) => Build(value, static (w, v) => w.WriteStringValue(v));

        /// <summary>Builds a JSON number element.</summary>
        public static JsonElement FromNumber(decimal value) => Build(value, static (w, v) => w.WriteNumberValue(v));

        /// <summary>Builds a JSON boolean element.</summary>
        public static JsonElement FromBoolean(bool value) => Build(value, static (w, v) => w.WriteBooleanValue(v));

        /// <summary>Builds a JSON null element.</summary>
        public static JsonElement Null() => Build(0, static (w, _) => w.WriteNullValue());

        private static JsonElement Build<T>(T value, Action<Utf8JsonWriter, T> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer, value);
            }

            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            return JsonElement.ParseValue(ref reader);
        }
    }
}
