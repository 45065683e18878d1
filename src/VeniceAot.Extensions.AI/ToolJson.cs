using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace VeniceAot.Extensions.AI
{
    /// <summary>Tool-call arguments and results to and from JSON text without reflection.</summary>
    internal static class ToolJson
    {
        /// <summary>Parses the model's arguments text into name → <see cref="JsonElement"/>; throws <see cref="JsonException"/> on bad JSON.</summary>
        public static Dictionary<string, object?> ParseArguments(string? json)
        {
            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (string.IsNullOrWhiteSpace(json))
            {
                return arguments;
            }

            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Tool-call arguments must be a JSON object, not {document.RootElement.ValueKind}.");
            }

            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                arguments[property.Name] = property.Value.Clone();
            }

            return arguments;
        }

        /// <summary>Writes arguments as a JSON object text.</summary>
        public static string WriteArguments(IDictionary<string, object?>? arguments, JsonSerializerOptions options)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                if (arguments is not null)
                {
                    foreach (KeyValuePair<string, object?> argument in arguments)
                    {
                        writer.WritePropertyName(argument.Key);
                        WriteValue(writer, argument.Value, options);
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        /// <summary>A tool result as the text of a <c>tool</c> message: strings as they are, everything else as JSON.</summary>
        public static string ResultText(object? result, JsonSerializerOptions options)
        {
            switch (result)
            {
                case null:
                    return string.Empty;
                case string text:
                    return text;
                case JsonElement { ValueKind: JsonValueKind.String } element:
                    return element.GetString()!;
                case JsonElement element:
                    return element.GetRawText();
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteValue(writer, result, options);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case JsonElement element:
                    element.WriteTo(writer);
                    break;
                case JsonDocument document:
                    document.WriteTo(writer);
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                case double number:
                    writer.WriteNumberValue(number);
                    break;
                case float number:
                    writer.WriteNumberValue(number);
                    break;
                case decimal number:
                    writer.WriteNumberValue(number);
                    break;
                default:
                    // The type info comes from the options (source-generated contexts in AOT apps): no reflection here.
                    JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
                    break;
            }
        }
    }
}
