using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Models
{
    /// <summary>
    /// Reference data read at run time from <c>shared/venice</c> beside an ancestor of the test binaries (never copied
    /// into the repository), and graph checks shared by the Models and Embeddings tests.
    /// </summary>
    internal static class SharedVeniceFiles
    {
        private static readonly Lazy<string?> Root = new(() =>
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
        });

        /// <summary>Reads <paramref name="relativePath"/> under shared/venice, or returns null after telling the test output why.</summary>
        public static string? TryRead(string relativePath, ITestOutputHelper output)
        {
            if (Root.Value is null)
            {
                output.WriteLine($"SKIPPED: no shared/venice folder beside any ancestor of {AppContext.BaseDirectory}; '{relativePath}' is not available.");
                return null;
            }

            string path = Path.Combine(Root.Value, relativePath);
            if (!File.Exists(path))
            {
                output.WriteLine($"SKIPPED: {path} does not exist.");
                return null;
            }

            return File.ReadAllText(path);
        }

        /// <summary>
        /// Every non-empty <c>AdditionalProperties</c> bag in the object graph, as "path: keys". Test-only reflection;
        /// the library itself never reflects.
        /// </summary>
        public static List<string> FindExtensionData(object? root, string rootPath = "$")
        {
            var found = new List<string>();
            Visit(root, rootPath, found);
            return found;
        }

        /// <summary>Asserts the two JSON texts are semantically equal, naming the first difference when not.</summary>
        public static void AssertJsonEqual(string expected, string actual)
        {
            JsonNode? left = JsonNode.Parse(expected);
            JsonNode? right = JsonNode.Parse(actual);
            if (!JsonNode.DeepEquals(left, right))
            {
                Assert.Fail("JSON differs at " + FirstDifference(left, right, "$"));
            }
        }

        private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
        {
            if (a is JsonObject oa && b is JsonObject ob)
            {
                foreach (KeyValuePair<string, JsonNode?> p in oa)
                {
                    if (!ob.TryGetPropertyValue(p.Key, out JsonNode? other))
                    {
                        return $"{path}.{p.Key}: missing on the right";
                    }

                    if (!JsonNode.DeepEquals(p.Value, other))
                    {
                        return FirstDifference(p.Value, other, $"{path}.{p.Key}");
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> p in ob)
                {
                    if (!oa.ContainsKey(p.Key))
                    {
                        return $"{path}.{p.Key}: extra on the right ({p.Value?.ToJsonString()})";
                    }
                }
            }
            else if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
            {
                for (int i = 0; i < aa.Count; i++)
                {
                    if (!JsonNode.DeepEquals(aa[i], ab[i]))
                    {
                        return FirstDifference(aa[i], ab[i], $"{path}[{i}]");
                    }
                }
            }

            return $"{path}: {a?.ToJsonString() ?? "null"} vs {b?.ToJsonString() ?? "null"}";
        }

        private static void Visit(object? value, string path, List<string> found)
        {
            if (value is null || value is string || value.GetType().IsValueType)
            {
                return;
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    Visit(entry.Value, $"{path}[{entry.Key}]", found);
                }

                return;
            }

            if (value is IEnumerable sequence)
            {
                int index = 0;
                foreach (object? item in sequence)
                {
                    Visit(item, $"{path}[{index++}]", found);
                }

                return;
            }

            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                {
                    continue;
                }

                object? child = property.GetValue(value);
                if (property.Name == "AdditionalProperties")
                {
                    if (child is IDictionary<string, JsonElement> { Count: > 0 } bag)
                    {
                        found.Add($"{path}: {string.Join(", ", bag.Keys)}");
                    }

                    continue;
                }

                Visit(child, $"{path}.{property.Name}", found);
            }
        }
    }
}
