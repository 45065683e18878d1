using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Crypto
{
    /// <summary>
    /// A JSON-RPC request id: an integer or a string (the spec's <c>oneOf[integer, string]</c>). Any other JSON a
    /// server echoes back is kept verbatim in <see cref="Raw"/>. Converts implicitly from <see cref="long"/> and <see cref="string"/>.
    /// </summary>
    [JsonConverter(typeof(JsonRpcIdJsonConverter))]
    public readonly struct JsonRpcId : IEquatable<JsonRpcId>
    {
        private JsonRpcId(long? number, string? text, JsonElement? raw)
        {
            Number = number;
            String = text;
            Raw = raw;
        }

        /// <summary>The id when it is an integer.</summary>
        public long? Number { get; }

        /// <summary>The id when it is a string.</summary>
        public string? String { get; }

        /// <summary>The id as received when it is neither (e.g. a fractional number); written back verbatim.</summary>
        public JsonElement? Raw { get; }

        /// <summary>An integer id.</summary>
        /// <param name="value">The id.</param>
        /// <returns>The id.</returns>
        public static JsonRpcId FromNumber(long value) => new(value, null, null);

        /// <summary>A string id.</summary>
        /// <param name="value">The id.</param>
        /// <returns>The id.</returns>
        public static JsonRpcId FromString(string value) => new(null, value ?? throw new ArgumentNullException(nameof(value)), null);

        /// <summary>An id of any other JSON shape, kept as is.</summary>
        /// <param name="value">The JSON.</param>
        /// <returns>The id.</returns>
        public static JsonRpcId FromRaw(JsonElement value) => new(null, null, value.Clone());

        /// <summary>An integer id.</summary>
        /// <param name="value">The id.</param>
        public static implicit operator JsonRpcId(long value) => FromNumber(value);

        /// <summary>A string id.</summary>
        /// <param name="value">The id.</param>
        public static implicit operator JsonRpcId(string value) => FromString(value);

        /// <summary>Compares two ids by kind and value.</summary>
        /// <param name="left">One id.</param>
        /// <param name="right">The other.</param>
        /// <returns>Whether they are equal.</returns>
        public static bool operator ==(JsonRpcId left, JsonRpcId right) => left.Equals(right);

        /// <summary>Compares two ids by kind and value.</summary>
        /// <param name="left">One id.</param>
        /// <param name="right">The other.</param>
        /// <returns>Whether they differ.</returns>
        public static bool operator !=(JsonRpcId left, JsonRpcId right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(JsonRpcId other) =>
            Number == other.Number
            && string.Equals(String, other.String, StringComparison.Ordinal)
            && (Raw is null) == (other.Raw is null)
            && (Raw is null || Raw.Value.GetRawText() == other.Raw!.Value.GetRawText());

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is JsonRpcId other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(Number, String, Raw?.GetRawText());

        /// <inheritdoc/>
        public override string ToString() =>
            Number?.ToString(CultureInfo.InvariantCulture) ?? String ?? Raw?.GetRawText() ?? string.Empty;
    }

    /// <summary>Reads and writes <see cref="JsonRpcId"/> as a JSON number or string (other shapes verbatim).</summary>
    public sealed class JsonRpcIdJsonConverter : JsonConverter<JsonRpcId>
    {
        /// <inheritdoc/>
        public override JsonRpcId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return JsonRpcId.FromString(reader.GetString()!);
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long number))
            {
                return JsonRpcId.FromNumber(number);
            }

            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            return JsonRpcId.FromRaw(document.RootElement);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, JsonRpcId value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value.Number is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else if (value.String is { } text)
            {
                writer.WriteStringValue(text);
            }
            else if (value.Raw is { } raw)
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
