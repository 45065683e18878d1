using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Audio
{
    /// <summary>
    /// <c>duration_seconds</c> of audio jobs: the spec accepts a positive integer or a numeric string. Both forms are kept
    /// as written, so a value read from JSON is written back the same way. Convert from <see cref="int"/> or
    /// <see cref="string"/> implicitly.
    /// </summary>
    [JsonConverter(typeof(AudioDurationJsonConverter))]
    public readonly record struct AudioDuration
    {
        private AudioDuration(int? seconds, string? text)
        {
            Number = seconds;
            Text = text;
        }

        /// <summary>The value when it is sent as a JSON integer.</summary>
        public int? Number { get; }

        /// <summary>The value when it is sent as a JSON string (the spec requires digits only).</summary>
        public string? Text { get; }

        /// <summary>The duration in whole seconds, when the value is an integer or a numeric string.</summary>
        public int? Seconds => Number ?? (int.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : null);

        /// <summary>A duration sent as a JSON integer.</summary>
        /// <param name="seconds">Whole seconds (positive).</param>
        /// <returns>The value.</returns>
        public static AudioDuration FromSeconds(int seconds) => new(seconds, null);

        /// <summary>A duration sent as a JSON string, e.g. <c>"60"</c>.</summary>
        /// <param name="text">The string as sent.</param>
        /// <returns>The value.</returns>
        public static AudioDuration FromText(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return new(null, text);
        }

        /// <summary>Sends <paramref name="seconds"/> as a JSON integer.</summary>
        /// <param name="seconds">Whole seconds.</param>
        public static implicit operator AudioDuration(int seconds) => FromSeconds(seconds);

        /// <summary>Sends <paramref name="text"/> as a JSON string.</summary>
        /// <param name="text">The string as sent.</param>
        public static implicit operator AudioDuration(string text) => FromText(text);

        /// <inheritdoc/>
        public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? string.Empty;
    }

    /// <summary>Reads and writes <see cref="AudioDuration"/> as a JSON integer or string, keeping the form; no reflection.</summary>
    public sealed class AudioDurationJsonConverter : JsonConverter<AudioDuration>
    {
        /// <inheritdoc/>
        public override AudioDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out int seconds) => AudioDuration.FromSeconds(seconds),
            JsonTokenType.String => AudioDuration.FromText(reader.GetString()!),
            _ => throw new JsonException($"Expected an integer or a string for duration_seconds, found {reader.TokenType}."),
        };

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, AudioDuration value, JsonSerializerOptions options)
        {
            if (value.Number is int seconds)
            {
                writer.WriteNumberValue(seconds);
            }
            else
            {
                writer.WriteStringValue(value.Text ?? string.Empty);
            }
        }
    }
}
