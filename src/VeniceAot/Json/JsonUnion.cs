using System;
using System.Buffers;
using System.Text.Json;

namespace VeniceAot.Json
{
    /// <summary>
    /// What every union converter shares: look ahead into an object for its discriminator without moving the caller's
    /// reader, keep an unknown case as raw JSON and write it back, and build small elements.
    /// </summary>
    internal static class JsonUnion
    {
        /// <summary>
        /// The string value of the top-level property <paramref name="name"/> of the object the reader is on, or null if
        /// it is absent or not a string. The reader is a copy (passed by value on purpose): the caller's does not move.
        /// </summary>
        /// <param name="reader">A copy of the reader positioned on the value.</param>
        /// <param name="name">The UTF-8 property name.</param>
        /// <returns>The value, or null.</returns>
        public static string? PeekString(Utf8JsonReader reader, ReadOnlySpan<byte> name) => PeekString(reader, name, out _);

        /// <summary>Like <see cref="PeekString(Utf8JsonReader, ReadOnlySpan{byte})"/>; <paramref name="found"/> says whether the property exists at all.</summary>
        /// <param name="reader">A copy of the reader positioned on the value.</param>
        /// <param name="name">The UTF-8 property name.</param>
        /// <param name="found">Whether the object has the property (of any value).</param>
        /// <returns>The value, or null.</returns>
        public static string? PeekString(Utf8JsonReader reader, ReadOnlySpan<byte> name, out bool found)
        {
            found = Seek(ref reader, name);
            return found && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }

        /// <summary>Whether the object at the reader has a top-level property <paramref name="name"/> (of any value).</summary>
        /// <param name="reader">A copy of the reader positioned on the value.</param>
        /// <param name="name">The UTF-8 property name.</param>
        /// <returns>True if present.</returns>
        public static bool Has(Utf8JsonReader reader, ReadOnlySpan<byte> name) => Seek(ref reader, name);

        /// <summary>Moves <paramref name="reader"/> onto the value of the top-level property <paramref name="name"/>; false if there is none.</summary>
        private static bool Seek(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = reader.ValueTextEquals(name);
                if (!reader.Read())
                {
                    return false;
                }

                if (match)
                {
                    return true;
                }

                if (!reader.TrySkip())
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The string property <paramref name="name"/> of a raw element, or null.</summary>
        /// <param name="element">The element.</param>
        /// <param name="name">The property name.</param>
        /// <returns>The value, or null.</returns>
        public static string? StringProperty(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        /// <summary>
        /// The text of a string element, or null when it cannot be read as text (invalid UTF-8 or an escaped lone
        /// surrogate, which the reader lets through and <see cref="JsonElement.GetString"/> then refuses).
        /// </summary>
        /// <param name="element">The element.</param>
        /// <returns>The text, or null.</returns>
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
        /// <param name="reader">The reader, positioned on the value.</param>
        /// <returns>The element.</returns>
        public static JsonElement ReadRaw(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

        /// <summary>Writes a kept <see cref="JsonElement"/> back as it came; an undefined element is written as <c>null</c>.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="element">The element.</param>
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
        /// <param name="value">The text.</param>
        /// <returns>The element.</returns>
        public static JsonElement FromString(string value) => Build(value, static (w, v) => w.WriteStringValue(v));

        /// <summary>Builds a JSON number element.</summary>
        /// <param name="value">The number.</param>
        /// <returns>The element.</returns>
        public static JsonElement FromNumber(decimal value) => Build(value, static (w, v) => w.WriteNumberValue(v));

        /// <summary>Builds a JSON boolean element.</summary>
        /// <param name="value">The flag.</param>
        /// <returns>The element.</returns>
        public static JsonElement FromBoolean(bool value) => Build(value, static (w, v) => w.WriteBooleanValue(v));

        /// <summary>Builds a JSON null element.</summary>
        /// <returns>The element.</returns>
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
