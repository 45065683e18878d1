using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Tests.Conformance
{
    /// <summary>Route text compared with placeholder names and surrounding slashes ignored.</summary>
    internal static partial class RouteTemplate
    {
        /// <summary><c>api_keys/{id}/</c> and <c>/api_keys/{key}</c> both become <c>/api_keys/{}</c>.</summary>
        public static string Normalize(string route) => "/" + Placeholder().Replace(route.Trim().Trim('/'), "{}");

        [GeneratedRegex(@"\{[^}]*\}")]
        private static partial Regex Placeholder();
    }

    /// <summary>How a method reads its response; two methods for one operation must differ in this.</summary>
    internal enum ResponseShape
    {
        /// <summary><c>Task</c> or <c>Task&lt;T&gt;</c>.</summary>
        Json,

        /// <summary><c>Task&lt;ApiResponse&lt;T&gt;&gt;</c>: the same body with the response headers.</summary>
        JsonWithMetadata,

        /// <summary><c>Task&lt;BinaryResponse&gt;</c>.</summary>
        Binary,

        /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: the streaming alternate of an operation.</summary>
        Stream,
    }

    /// <summary>A method of a <c>[VeniceApi]</c> interface, found by reflection over the VeniceAot assembly.</summary>
    internal sealed class GeneratedApiMethod(Type api, MethodInfo method, string httpMethod, string route)
    {
        public MethodInfo Method { get; } = method;

        public string HttpMethod { get; } = httpMethod;

        public string Route { get; } = route;

        public string Key => $"{HttpMethod} {RouteTemplate.Normalize(Route)}";

        public string Name => $"{api.Name}.{Method.Name}";

        public ResponseShape Shape
        {
            get
            {
                Type returnType = Method.ReturnType;
                if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
                {
                    return ResponseShape.Stream;
                }

                if (returnType == typeof(Task<BinaryResponse>))
                {
                    return ResponseShape.Binary;
                }

                bool withMetadata = returnType.IsGenericType
                    && returnType.GetGenericTypeDefinition() == typeof(Task<>)
                    && returnType.GetGenericArguments()[0] is { IsGenericType: true } inner
                    && inner.GetGenericTypeDefinition() == typeof(ApiResponse<>);
                return withMetadata ? ResponseShape.JsonWithMetadata : ResponseShape.Json;
            }
        }

        public ParameterInfo? Body => Method.GetParameters().FirstOrDefault(p => p.GetCustomAttribute<BodyAttribute>() is not null);

        /// <summary>The query keys the method can send.</summary>
        public IEnumerable<string> QueryNames =>
            Method.GetParameters()
                .Select(p => (Parameter: p, Attribute: p.GetCustomAttribute<QueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Parameter.Name!);

        public override string ToString() => $"{Name} ({HttpMethod} {Route})";

        public static List<GeneratedApiMethod> Discover(Assembly assembly)
        {
            var methods = new List<GeneratedApiMethod>();
            foreach (Type type in assembly.GetTypes().Where(t => t.IsInterface && t.GetCustomAttribute<VeniceApiAttribute>() is not null))
            {
                IEnumerable<MethodInfo> all = type.GetMethods().Concat(type.GetInterfaces().SelectMany(i => i.GetMethods())).Distinct();
                foreach (MethodInfo method in all)
                {
                    if (method.GetCustomAttribute<HttpMethodAttribute>() is HttpMethodAttribute verb)
                    {
                        string name = verb.GetType().Name;
                        string httpMethod = name[..^"Attribute".Length].ToUpperInvariant();
                        methods.Add(new GeneratedApiMethod(type, method, httpMethod, verb.Route));
                    }
                }
            }

            return methods;
        }
    }
}
