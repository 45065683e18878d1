using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Billing
{
    /// <summary>Shared plumbing of the Billing, Characters, Crypto, X402 and Augment tests.</summary>
    internal static class AccountTestSupport
    {
        public const string Key = "test-key-account-SECRET";

        /// <summary>A client for <paramref name="server"/> with retries off, so every test sees exactly one request per call.</summary>
        public static VeniceClient ClientFor(LoopbackServer server, Func<CancellationToken, ValueTask<string>>? signInWithX = null) =>
            new(new VeniceClientOptions
            {
                ApiKey = Key,
                BaseAddress = server.BaseAddress,
                Retry = new RetryOptions { Enabled = false },
                SignInWithX = signInWithX,
            });

        /// <summary>The query string as ordered (key, value) pairs, unescaped.</summary>
        public static List<KeyValuePair<string, string>> Query(RecordedRequest request) =>
            request.QueryString.TrimStart('?')
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(parts => new KeyValuePair<string, string>(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty))
                .ToList();

        public static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

        /// <summary>Reads <paramref name="json"/> into <typeparamref name="T"/> and writes it back.</summary>
        public static string RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo, Action<T>? check = null)
        {
            T value = JsonSerializer.Deserialize(json, typeInfo)!;
            check?.Invoke(value);
            return JsonSerializer.Serialize(value, typeInfo);
        }

        /// <summary>
        /// Asserts two JSON texts mean the same: null members are dropped on both sides (the client never writes
        /// nulls; for Venice absent and null optional fields are the same), date-times are compared as instants
        /// (<c>…Z</c> and <c>…+00:00</c> are one moment), numbers by value.
        /// </summary>
        public static void AssertSameJson(string expected, string actual)
        {
            JsonNode? left = Normalize(JsonNode.Parse(expected));
            JsonNode? right = Normalize(JsonNode.Parse(actual));
            Assert.True(JsonNode.DeepEquals(left, right), $"JSON differs.\nExpected: {left?.ToJsonString()}\nActual:   {right?.ToJsonString()}");
        }

        private static JsonNode? Normalize(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var copy = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode?> property in obj)
                    {
                        if (property.Value is not null)
                        {
                            copy[property.Key] = Normalize(property.Value);
                        }
                    }

                    return copy;
                case JsonArray array:
                    return new JsonArray(array.Select(Normalize).ToArray());
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    string text = value.GetValue<string>();
                    return text.Length >= 20 && text[4] == '-' && text[10] == 'T'
                        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset instant)
                        ? JsonValue.Create(instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))
                        : JsonValue.Create(text);
                default:
                    return node?.DeepClone();
            }
        }
    }
}
