using Microsoft.CodeAnalysis;

namespace VeniceAot.Generators
{
    /// <summary>Every diagnostic the generator reports. Ids are stable; messages say what to write instead.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "VeniceAot.Generator";

        public static readonly DiagnosticDescriptor RoutePlaceholderUnbound = new(
            "VAOT001",
            "Route placeholder has no parameter",
            "Route placeholder '{{{0}}}' of '{1}' has no matching parameter; add a parameter named '{0}' or mark one with [Path(\"{0}\")]",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ParameterUnbound = new(
            "VAOT002",
            "Parameter binds to nothing",
            "Parameter '{0}' of '{1}' binds to nothing; mark it [Query], [Header(\"Name\")] or [Body], or add '{{{0}}}' to the route",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MultipleBodies = new(
            "VAOT003",
            "More than one body parameter",
            "Method '{0}' has more than one [Body] parameter; put the fields into one request type and pass that",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnsupportedParameterType = new(
            "VAOT004",
            "Unsupported parameter type",
            "Parameter '{0}' of type '{1}' cannot be sent as {2}; use a string, number, bool, date, enum or a type that overrides ToString() (or an array of them for a query)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
            "VAOT005",
            "Unsupported return type",
            "Method '{0}' returns '{1}'; return Task, Task<T>, Task<ApiResponse<T>>, Task<BinaryResponse>, Task<MediaResponse<T>> or IAsyncEnumerable<T>",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor TypeNotRegistered = new(
            "VAOT006",
            "Type is not registered in the JsonSerializerContext",
            "Type '{0}' used by '{1}' is not registered in '{2}'; add [JsonSerializable(typeof({0}))] to '{2}'",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InterfaceNotImplementable = new(
            "VAOT007",
            "Interface cannot be implemented",
            "Interface '{0}' cannot be implemented: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingHttpMethod = new(
            "VAOT008",
            "Method has no HTTP verb attribute",
            "Method '{0}' has no HTTP verb; add [Get(\"/route\")], [Post], [Put], [Patch] or [Delete]",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidJsonContext = new(
            "VAOT009",
            "[VeniceApi] does not name a JsonSerializerContext",
            "'{0}' is not a JsonSerializerContext; pass typeof(YourContext) where YourContext is a partial class deriving from JsonSerializerContext",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidRoute = new(
            "VAOT010",
            "Route template is malformed",
            "Route '{0}' of '{1}' is malformed ({2}); write a relative path such as \"/api_keys/{{id}}\" with balanced braces and no query string",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
