using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace VeniceAot.Tests.Conformance
{
    /// <summary>
    /// Holds every generated client method to the spec: each maps to exactly one operation (a streaming method may be
    /// the alternate of a non-streaming one), and each JSON request model has exactly the spec's properties under the
    /// spec's names. Groups not implemented yet only lower the reported coverage; they never fail the test.
    /// </summary>
    public sealed class SpecConformanceTests(ITestOutputHelper output)
    {
        private static readonly Lazy<OpenApiDocument?> Spec = new(() => OpenApiDocument.Locate() is string path ? OpenApiDocument.Load(path) : null);

        [Fact]
        public void Every_generated_method_maps_to_exactly_one_spec_operation()
        {
            if (!TryGetSpec(out OpenApiDocument spec))
            {
                return;
            }

            List<GeneratedApiMethod> methods = GeneratedApiMethod.Discover(typeof(VeniceClient).Assembly);
            Assert.NotEmpty(methods);
            Dictionary<string, SpecOperation> operations = spec.Operations.ToDictionary(o => o.Key, StringComparer.Ordinal);
            var failures = new List<string>();

            foreach (GeneratedApiMethod method in methods.Where(m => !operations.ContainsKey(m.Key)))
            {
                string[] samePath = spec.Operations.Where(o => RouteTemplate.Normalize(o.Path) == RouteTemplate.Normalize(method.Route)).Select(o => o.Method).ToArray();
                failures.Add($"{method} maps to no spec operation" + (samePath.Length == 0 ? string.Empty : $" (the spec has {string.Join(", ", samePath)} on that path)"));
            }

            foreach (IGrouping<(string Key, ResponseShape Shape), GeneratedApiMethod> duplicate in methods
                .GroupBy(m => (m.Key, m.Shape))
                .Where(g => g.Count() > 1))
            {
                failures.Add($"{duplicate.Key.Key} is implemented more than once with a {duplicate.Key.Shape} response: {string.Join(", ", duplicate)}");
            }

            HashSet<string> covered = methods.Select(m => m.Key).Where(operations.ContainsKey).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"Spec operations covered: {covered.Count}/{spec.Operations.Count}");
            SpecOperation[] missing = spec.Operations.Where(o => !covered.Contains(o.Key)).ToArray();
            if (missing.Length > 0)
            {
                output.WriteLine($"Not implemented ({missing.Length}):");
                foreach (SpecOperation operation in missing)
                {
                    output.WriteLine("  " + operation);
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public void Request_models_have_exactly_the_spec_properties()
        {
            if (!TryGetSpec(out OpenApiDocument spec))
            {
                return;
            }

            Dictionary<string, SpecOperation> operations = spec.Operations.ToDictionary(o => o.Key, StringComparer.Ordinal);
            var failures = new List<string>();
            int checkedBodies = 0;
            foreach (GeneratedApiMethod method in GeneratedApiMethod.Discover(typeof(VeniceClient).Assembly))
            {
                if (!operations.TryGetValue(method.Key, out SpecOperation? operation))
                {
                    continue; // reported by the mapping test
                }

                ParameterInfo? body = method.Body;
                YamlNode? schema = operation.JsonBodySchema(spec);
                if (body is null)
                {
                    if (operation.RequiresJsonOnlyBody(spec))
                    {
                        failures.Add($"{method}: the spec requires a JSON body but the method has no [Body] parameter");
                    }

                    continue;
                }

                if (typeof(System.Net.Http.HttpContent).IsAssignableFrom(body.ParameterType))
                {
                    // A prebuilt body (multipart uploads) is sent as built, not as JSON; its parts are not compared here.
                    output.WriteLine($"{method}: sends a prebuilt {body.ParameterType.Name}; not compared");
                    continue;
                }

                if (schema is null)
                {
                    failures.Add($"{method}: [Body] {body.ParameterType.Name} is sent as JSON but {operation} has no application/json request body");
                    continue;
                }

                Type bodyType = Nullable.GetUnderlyingType(body.ParameterType) ?? body.ParameterType;
                if (bodyType.GetCustomAttribute<JsonConverterAttribute>() is not null)
                {
                    output.WriteLine($"{method}: {bodyType.Name} has a custom converter; its properties are not compared");
                    continue;
                }

                Dictionary<string, List<YamlNode>>? specProperties = spec.PropertiesOf(schema);
                if (specProperties is null)
                {
                    output.WriteLine($"{method}: the spec body of {operation} lists no properties; not compared");
                    continue;
                }

                checkedBodies++;
                CompareObject(spec, bodyType, specProperties, $"{method.Name} {bodyType.Name}", failures, []);
            }

            output.WriteLine($"Request bodies compared: {checkedBodies}");
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public void Query_parameters_exist_in_the_spec()
        {
            if (!TryGetSpec(out OpenApiDocument spec))
            {
                return;
            }

            Dictionary<string, SpecOperation> operations = spec.Operations.ToDictionary(o => o.Key, StringComparer.Ordinal);
            var failures = new List<string>();
            foreach (GeneratedApiMethod method in GeneratedApiMethod.Discover(typeof(VeniceClient).Assembly))
            {
                if (operations.TryGetValue(method.Key, out SpecOperation? operation))
                {
                    HashSet<string> allowed = operation.QueryParameters(spec);
                    failures.AddRange(method.QueryNames.Where(n => !allowed.Contains(n))
                        .Select(n => $"{method}: query '{n}' is not a query parameter of {operation} (spec: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})"));
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public void Spec_scalars_are_read_as_written()
        {
            if (!TryGetSpec(out OpenApiDocument spec))
            {
                return;
            }

            // YAML 1.1 loaders turn 16:9 into 969 and off into false; the representation model must not.
            List<string> scalars = Scalars(spec.Root).ToList();
            Assert.Contains("16:9", scalars);
            Assert.Contains("off", scalars);
            Assert.DoesNotContain("969", scalars);
        }

        /// <summary>
        /// Compares the JSON properties of <paramref name="type"/> with the spec's, then descends into properties whose
        /// C# type is a plain model of this library (arrays and lists by their element), so nested request objects are
        /// held to the spec too.
        /// </summary>
        private static void CompareObject(
            OpenApiDocument spec,
            Type type,
            Dictionary<string, List<YamlNode>> specProperties,
            string path,
            List<string> failures,
            HashSet<Type> visiting)
        {
            if (!visiting.Add(type))
            {
                return;
            }

            Dictionary<string, PropertyInfo> properties = JsonProperties(type);
            foreach (string name in specProperties.Keys.Where(n => !properties.ContainsKey(n)).Order(StringComparer.Ordinal))
            {
                failures.Add($"{path}: the spec property '{name}' is missing from {type.Name}");
            }

            foreach (string name in properties.Keys.Where(n => !specProperties.ContainsKey(n)).Order(StringComparer.Ordinal))
            {
                failures.Add($"{path}: {type.Name} serializes '{name}' (property {properties[name].Name}), which the spec lacks");
            }

            foreach ((string name, PropertyInfo property) in properties)
            {
                if (!specProperties.TryGetValue(name, out List<YamlNode>? declarations) || property.GetCustomAttribute<JsonConverterAttribute>() is not null)
                {
                    continue;
                }

                Type propertyType = property.PropertyType;
                List<YamlNode> schemas = declarations;
                while (ElementType(propertyType) is Type element)
                {
                    propertyType = element;
                    schemas = schemas.SelectMany(s => spec.ArrayItemsOf(s)).ToList();
                }

                if (!IsModel(propertyType, type.Assembly))
                {
                    continue;
                }

                Dictionary<string, List<YamlNode>>? nested = null;
                foreach (YamlNode schema in schemas)
                {
                    Dictionary<string, List<YamlNode>>? one = spec.PropertiesOf(schema);
                    if (one is null)
                    {
                        continue;
                    }

                    nested ??= [];
                    foreach ((string key, List<YamlNode> value) in one)
                    {
                        if (nested.TryGetValue(key, out List<YamlNode>? existing))
                        {
                            existing.AddRange(value);
                        }
                        else
                        {
                            nested[key] = [.. value];
                        }
                    }
                }

                if (nested is not null)
                {
                    CompareObject(spec, propertyType, nested, $"{path}.{name}", failures, visiting);
                }
            }

            visiting.Remove(type);
        }

        /// <summary>The properties System.Text.Json writes for <paramref name="type"/>, by JSON name.</summary>
        private static Dictionary<string, PropertyInfo> JsonProperties(Type type)
        {
            var properties = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length != 0
                    || property.GetMethod is null
                    || property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null
                    || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
                {
                    continue;
                }

                string name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
                properties[name] = property;
            }

            return properties;
        }

        /// <summary>The element type of an array or list property; null for dictionaries, strings and scalars.</summary>
        private static Type? ElementType(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            Type[] interfaces = type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
            if (interfaces.Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is Type d
                && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>))))
            {
                return null;
            }

            return interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        }

        /// <summary>A class or struct of this library that serializes as a plain JSON object (no custom converter).</summary>
        private static bool IsModel(Type type, Assembly library)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.Assembly == library
                && !type.IsEnum
                && !type.IsInterface
                && !typeof(IEnumerable).IsAssignableFrom(type)
                && type != typeof(JsonElement)
                && type != typeof(JsonNode)
                && type.GetCustomAttribute<JsonConverterAttribute>() is null;
        }

        private static IEnumerable<string> Scalars(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar when scalar.Value is not null:
                    yield return scalar.Value;
                    break;
                case YamlSequenceNode sequence:
                    foreach (string value in sequence.Children.SelectMany(Scalars))
                    {
                        yield return value;
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (string value in mapping.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))))
                    {
                        yield return value;
                    }

                    break;
            }
        }

        private bool TryGetSpec(out OpenApiDocument spec)
        {
            spec = Spec.Value!;
            if (spec is null)
            {
                output.WriteLine("Skipped: ../shared/venice/swagger.yaml was not found beside any ancestor of " + AppContext.BaseDirectory);
                return false;
            }

            return true;
        }
    }
}
