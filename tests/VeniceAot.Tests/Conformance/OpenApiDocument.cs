using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace VeniceAot.Tests.Conformance
{
    /// <summary>
    /// The parts of the OpenAPI spec the conformance tests need, read through YamlDotNet's representation model so that
    /// every scalar stays the exact string written in the file (no YAML 1.1 coercion of <c>16:9</c>, <c>on</c>, dates).
    /// </summary>
    internal sealed class OpenApiDocument
    {
        private static readonly string[] Verbs = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

        private OpenApiDocument(YamlMappingNode root, IReadOnlyList<SpecOperation> operations)
        {
            Root = root;
            Operations = operations;
        }

        public YamlMappingNode Root { get; }

        public IReadOnlyList<SpecOperation> Operations { get; }

        /// <summary>Finds <c>shared/venice/swagger.yaml</c> in or beside an ancestor of the test output; null when absent.</summary>
        public static string? Locate()
        {
            for (DirectoryInfo? current = new(AppContext.BaseDirectory); current is not null; current = current.Parent)
            {
                string candidate = Path.Combine(current.FullName, "shared", "venice", "swagger.yaml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        public static OpenApiDocument Load(string path)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var operations = new List<SpecOperation>();
            if (Child(root, "paths") is YamlMappingNode paths)
            {
                foreach (KeyValuePair<YamlNode, YamlNode> entry in paths.Children)
                {
                    string template = ((YamlScalarNode)entry.Key).Value!;
                    if (entry.Value is not YamlMappingNode pathItem)
                    {
                        continue;
                    }

                    foreach (string verb in Verbs)
                    {
                        if (Child(pathItem, verb) is YamlMappingNode operation)
                        {
                            operations.Add(new SpecOperation(verb.ToUpperInvariant(), template, operation, pathItem));
                        }
                    }
                }
            }

            return new OpenApiDocument(root, operations);
        }

        /// <summary>The value under <paramref name="key"/> of a mapping, or null.</summary>
        public static YamlNode? Child(YamlNode? node, string key) =>
            node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

        public static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

        /// <summary>Follows <c>$ref</c> (local JSON pointers) until a node that is not a reference.</summary>
        public YamlNode Resolve(YamlNode node)
        {
            for (int hops = 0; hops < 32; hops++)
            {
                string? reference = Scalar(Child(node, "$ref"));
                if (reference is null)
                {
                    return node;
                }

                if (!reference.StartsWith("#/", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Only local references are supported: '{reference}'.");
                }

                YamlNode current = Root;
                foreach (string segment in reference[2..].Split('/'))
                {
                    string key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                    current = Child(current, key) ?? throw new InvalidOperationException($"Unresolvable reference '{reference}'.");
                }

                node = current;
            }

            throw new InvalidOperationException("Reference chain too long.");
        }

        /// <summary>
        /// The properties an object schema allows, each with every schema that declares it: <c>$ref</c> followed,
        /// <c>allOf</c> flattened, and <c>anyOf</c>/<c>oneOf</c> branches united. Null when the schema lists no properties
        /// (a primitive, an array, a free-form object).
        /// </summary>
        public Dictionary<string, List<YamlNode>>? PropertiesOf(YamlNode schema, int depth = 0)
        {
            if (depth > 16)
            {
                return null;
            }

            YamlNode resolved = Resolve(schema);
            Dictionary<string, List<YamlNode>>? result = null;
            if (Child(resolved, "properties") is YamlMappingNode properties)
            {
                result = [];
                foreach (KeyValuePair<YamlNode, YamlNode> property in properties.Children)
                {
                    Add(result, ((YamlScalarNode)property.Key).Value!, property.Value);
                }
            }

            foreach (string combinator in new[] { "allOf", "anyOf", "oneOf" })
            {
                if (Child(resolved, combinator) is not YamlSequenceNode parts)
                {
                    continue;
                }

                foreach (YamlNode part in parts.Children)
                {
                    Dictionary<string, List<YamlNode>>? partProperties = PropertiesOf(part, depth + 1);
                    if (partProperties is null)
                    {
                        continue;
                    }

                    result ??= [];
                    foreach (KeyValuePair<string, List<YamlNode>> property in partProperties)
                    {
                        foreach (YamlNode declaration in property.Value)
                        {
                            Add(result, property.Key, declaration);
                        }
                    }
                }
            }

            return result;
        }

        /// <summary>The <c>items</c> schemas of every array form of <paramref name="schema"/> (including union branches).</summary>
        public IEnumerable<YamlNode> ArrayItemsOf(YamlNode schema, int depth = 0)
        {
            if (depth > 16)
            {
                yield break;
            }

            YamlNode resolved = Resolve(schema);
            if (Child(resolved, "items") is YamlNode items)
            {
                yield return items;
            }

            foreach (string combinator in new[] { "allOf", "anyOf", "oneOf" })
            {
                if (Child(resolved, combinator) is YamlSequenceNode parts)
                {
                    foreach (YamlNode part in parts.Children)
                    {
                        foreach (YamlNode nested in ArrayItemsOf(part, depth + 1))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }

        private static void Add(Dictionary<string, List<YamlNode>> properties, string name, YamlNode schema)
        {
            if (!properties.TryGetValue(name, out List<YamlNode>? declarations))
            {
                declarations = [];
                properties[name] = declarations;
            }

            declarations.Add(schema);
        }
    }

    /// <summary>One operation (verb + path) of the spec.</summary>
    internal sealed class SpecOperation(string method, string path, YamlMappingNode node, YamlMappingNode pathItem)
    {
        public string Method { get; } = method;

        public string Path { get; } = path;

        public string Key => $"{Method} {RouteTemplate.Normalize(Path)}";

        public string? OperationId => OpenApiDocument.Scalar(OpenApiDocument.Child(node, "operationId"));

        public override string ToString() => $"{Method} {Path}" + (OperationId is null ? string.Empty : $" ({OperationId})");

        /// <summary>The schema of the <c>application/json</c> request body, or null when there is none.</summary>
        public YamlNode? JsonBodySchema(OpenApiDocument document)
        {
            YamlNode? body = OpenApiDocument.Child(node, "requestBody");
            if (body is null)
            {
                return null;
            }

            YamlNode content = OpenApiDocument.Child(document.Resolve(body), "content") ?? new YamlMappingNode();
            return OpenApiDocument.Child(OpenApiDocument.Child(content, "application/json"), "schema");
        }

        /// <summary>Whether the operation accepts a <c>multipart/form-data</c> request body.</summary>
        public bool AcceptsMultipart(OpenApiDocument document)
        {
            YamlNode? body = OpenApiDocument.Child(node, "requestBody");
            return body is not null
                && OpenApiDocument.Child(OpenApiDocument.Child(document.Resolve(body), "content"), "multipart/form-data") is not null;
        }

        /// <summary>Whether the spec requires a body that can only be sent as JSON.</summary>
        public bool RequiresJsonOnlyBody(OpenApiDocument document)
        {
            YamlNode? body = OpenApiDocument.Child(node, "requestBody");
            if (body is null)
            {
                return false;
            }

            YamlNode resolved = document.Resolve(body);
            return OpenApiDocument.Scalar(OpenApiDocument.Child(resolved, "required")) == "true"
                && OpenApiDocument.Child(resolved, "content") is YamlMappingNode content
                && content.Children.Count == 1
                && OpenApiDocument.Child(content, "application/json") is not null;
        }

        /// <summary>Names of the parameters declared <c>in: query</c> on the operation or its path.</summary>
        public HashSet<string> QueryParameters(OpenApiDocument document)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (YamlNode? list in new[] { OpenApiDocument.Child(pathItem, "parameters"), OpenApiDocument.Child(node, "parameters") })
            {
                if (list is not YamlSequenceNode parameters)
                {
                    continue;
                }

                foreach (YamlNode parameter in parameters.Children.Select(document.Resolve))
                {
                    if (OpenApiDocument.Scalar(OpenApiDocument.Child(parameter, "in")) == "query"
                        && OpenApiDocument.Scalar(OpenApiDocument.Child(parameter, "name")) is string name)
                    {
                        names.Add(name);
                    }
                }
            }

            return names;
        }
    }
}
