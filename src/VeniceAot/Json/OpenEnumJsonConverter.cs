using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Json
{
    /// <summary>
    /// Reads and writes an <see cref="IOpenEnum{TSelf}"/> as its JSON string; no reflection. JSON <c>null</c> reads as
    /// the default value (no <c>Value</c>), which is also what an absent property leaves and what writes back as
    /// <c>null</c>, so a response with a null or missing enum field still parses and round-trips.
    /// </summary>
    /// <typeparam name="T">The open enum type.</typeparam>
    public sealed class OpenEnumJsonConverter<T> : JsonConverter<T>
        where T : struct, IOpenEnum<T>
    {
        /// <inheritdoc/>
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return default;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
            }

            return T.FromValue(reader.GetString()!);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);

        /// <inheritdoc/>
        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            T.FromValue(reader.GetString()!);

        /// <inheritdoc/>
        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.Value);
    }
}
