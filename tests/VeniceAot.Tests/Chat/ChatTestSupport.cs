using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Chat
{
    /// <summary>Shared helpers of the Chat tests: a client for a loopback server, JSON comparison, the spec folder.</summary>
    internal static class ChatTestSupport
    {
        public const string Key = "test-key-chat-7f3a";

        public static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });

        /// <summary>Asserts two JSON texts are the same document (order of object members ignored), showing both on failure.</summary>
        public static void AssertJsonEqual(string expected, string actual)
        {
            JsonNode? expectedNode = JsonNode.Parse(expected);
            JsonNode? actualNode = JsonNode.Parse(actual);
            Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
        }

        /// <summary>
        /// Removes object members whose value is null, recursively. The client never writes nulls (absent and null mean
        /// the same to Venice), so spec examples that spell out nulls are compared after this.
        /// </summary>
        public static JsonNode? WithoutNullMembers(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (string name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                    {
                        obj.Remove(name);
                    }

                    foreach (JsonNode? child in obj.Select(p => p.Value).ToList())
                    {
                        WithoutNullMembers(child);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? child in array)
                    {
                        WithoutNullMembers(child);
                    }

                    break;
            }

            return node;
        }

        /// <summary>Asserts the body has no JSON null anywhere (Venice rejects unknown or null keys).</summary>
        public static void AssertNoNulls(JsonElement element, string path = "$")
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Null:
                    Assert.Fail($"The body has a null at {path}.");
                    break;
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        AssertNoNulls(property.Value, path + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    int i = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        AssertNoNulls(item, $"{path}[{i++}]");
                    }

                    break;
            }
        }

        /// <summary>
        /// The spec folder <c>shared/venice</c>, found beside an ancestor of the test binaries; null when this checkout
        /// has none (the caller then skips with a message).
        /// </summary>
        public static string? FindSpecFolder()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "venice");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
