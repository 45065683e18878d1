using System;
using System.Text.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// Looks ahead into a JSON object to tell union branches apart. Converters receive the whole value buffered, so a
    /// copy of the reader can walk it without moving the caller's reader.
    /// </summary>
    internal static class ChatUnionReader
    {
        /// <summary>The string value of the top-level property <paramref name="name"/>, or null if absent or not a string.</summary>
        /// <param name="reader">A copy of the reader positioned on the value (passed by value on purpose).</param>
        /// <param name="name">The UTF-8 property name.</param>
        /// <returns>The value, or null.</returns>
        public static string? PeekString(Utf8JsonReader reader, ReadOnlySpan<byte> name)
        {
            bool found = Seek(ref reader, name);
            return found && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }

        /// <summary>Whether the object at the reader has a top-level property <paramref name="name"/> (of any value).</summary>
        /// <param name="reader">A copy of the reader positioned on the value.</param>
        /// <param name="name">The UTF-8 property name.</param>
        /// <returns>True if present.</returns>
        public static bool Has(Utf8JsonReader reader, ReadOnlySpan<byte> name) => Seek(ref reader, name);

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
    }
}
