using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace VeniceAot.Extensions.AI
{
    /// <summary>Reads typed values out of an <c>AdditionalProperties</c> dictionary: the value itself, a JsonElement, or a string.</summary>
    internal static class OptionValues
    {
        public static bool TryGet(IReadOnlyDictionary<string, object?>? properties, string key, out object? value)
        {
            value = null;
            return properties is not null && properties.TryGetValue(key, out value) && value is not null
                && !(value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined });
        }

        public static string? String(IReadOnlyDictionary<string, object?>? properties, string key)
        {
            if (!TryGet(properties, key, out object? value))
            {
                return null;
            }

            return value switch
            {
                string text => text,
                JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
                JsonElement element => element.GetRawText(),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value!.ToString(),
            };
        }

        public static bool? Bool(IReadOnlyDictionary<string, object?>? properties, string key)
        {
            if (!TryGet(properties, key, out object? value))
            {
                return null;
            }

            return value switch
            {
                bool flag => flag,
                JsonElement { ValueKind: JsonValueKind.True } => true,
                JsonElement { ValueKind: JsonValueKind.False } => false,
                JsonElement { ValueKind: JsonValueKind.String } element when bool.TryParse(element.GetString(), out bool parsed) => parsed,
                string text when bool.TryParse(text, out bool parsed) => parsed,
                _ => throw Invalid(key, value, "a boolean"),
            };
        }

        public static double? Double(IReadOnlyDictionary<string, object?>? properties, string key)
        {
            if (!TryGet(properties, key, out object? value))
            {
                return null;
            }

            return value switch
            {
                double number => number,
                float number => number,
                decimal number => (double)number,
                int number => number,
                long number => number,
                JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
                JsonElement { ValueKind: JsonValueKind.String } element when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
                string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
                _ => throw Invalid(key, value, "a number"),
            };
        }

        public static int? Int(IReadOnlyDictionary<string, object?>? properties, string key)
        {
            if (!TryGet(properties, key, out object? value))
            {
                return null;
            }

            return value switch
            {
                int number => number,
                long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
                short number => number,
                JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt32(out int parsed) => parsed,
                JsonElement { ValueKind: JsonValueKind.String } element when int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) => parsed,
                string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) => parsed,
                _ => throw Invalid(key, value, "a 32-bit integer"),
            };
        }

        public static T? Object<T>(IReadOnlyDictionary<string, object?>? properties, string key)
            where T : class
        {
            if (!TryGet(properties, key, out object? value))
            {
                return null;
            }

            return value as T ?? throw Invalid(key, value, "a " + typeof(T).FullName);
        }

        private static ArgumentException Invalid(string key, object? value, string expected) =>
            new($"AdditionalProperties[\"{key}\"] must be {expected}; it is a {value?.GetType().Name ?? "null"} ({value}).", "options");
    }
}
