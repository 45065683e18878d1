using System.Collections.Generic;
using System.Text.Json;

namespace VeniceAot
{
    /// <summary>
    /// The field-level <c>details</c> tree of Venice's <c>DetailedError</c> (400): each node has its own
    /// <c>_errors</c> and one child per field, e.g. <c>{"_errors":[],"messages":{"_errors":["Required"]}}</c>.
    /// </summary>
    public sealed class VeniceErrorDetails
    {
        private static readonly Dictionary<string, VeniceErrorDetails> NoFields = new();

        /// <summary>Errors attached to this node.</summary>
        public IReadOnlyList<string> Errors { get; init; } = [];

        /// <summary>Child nodes by field name (array indexes appear as "0", "1", …).</summary>
        public IReadOnlyDictionary<string, VeniceErrorDetails> Fields { get; init; } = NoFields;

        /// <summary>Every error in the tree with its dotted field path ("" for the root).</summary>
        /// <returns>Pairs of path and message, depth first.</returns>
        public IEnumerable<KeyValuePair<string, string>> Flatten() => Flatten(string.Empty);

        private IEnumerable<KeyValuePair<string, string>> Flatten(string path)
        {
            foreach (string error in Errors)
            {
                yield return new KeyValuePair<string, string>(path, error);
            }

            foreach (KeyValuePair<string, VeniceErrorDetails> field in Fields)
            {
                string childPath = path.Length == 0 ? field.Key : path + "." + field.Key;
                foreach (KeyValuePair<string, string> item in field.Value.Flatten(childPath))
                {
                    yield return item;
                }
            }
        }

        internal static VeniceErrorDetails? From(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var errors = new List<string>();
            var fields = new Dictionary<string, VeniceErrorDetails>();
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in property.Value.EnumerateArray())
                    {
                        errors.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
                    }
                }
                else if (From(property.Value) is { } child)
                {
                    fields[property.Name] = child;
                }
            }

            return new VeniceErrorDetails { Errors = errors, Fields = fields };
        }
    }
}
