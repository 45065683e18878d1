using VeniceAot.Generators.Helpers;

namespace VeniceAot.Generators.Model
{
    /// <summary>One [VeniceApi] interface, reduced to the strings the emitter needs.</summary>
    internal sealed record InterfaceModel(
        string Namespace,
        string InterfaceFullName,
        string ClientName,
        bool IsPublic,
        string ContextFullName,
        EquatableArray<MethodModel> Methods);

    /// <summary>How a method's response is read.</summary>
    internal enum ReturnKind
    {
        /// <summary><c>Task</c>: success status, no content read.</summary>
        NoContent,

        /// <summary><c>Task&lt;T&gt;</c>: a JSON body.</summary>
        Json,

        /// <summary><c>Task&lt;ApiResponse&lt;T&gt;&gt;</c>: a JSON body plus response metadata.</summary>
        JsonWithMetadata,

        /// <summary><c>Task&lt;BinaryResponse&gt;</c>: content type and an unbuffered stream.</summary>
        Binary,

        /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: server-sent events, one JSON payload each.</summary>
        EventStream,

        /// <summary><c>Task&lt;MediaResponse&lt;T&gt;&gt;</c>: JSON or media, told apart by the response content type.</summary>
        JsonOrMedia,
    }

    internal sealed record MethodModel(
        string Name,
        string HttpMethod,
        EquatableArray<RoutePart> Route,
        ReturnKind ReturnKind,
        string ReturnTypeName,
        string? ResultTypeName,
        string? ResultTypeInfo,
        EquatableArray<ParameterModel> Parameters,
        string? BodyTypeInfo,
        bool BodyIsContent);

    /// <summary>A piece of a route template: literal text, or a placeholder bound to a parameter.</summary>
    internal sealed record RoutePart(string Text, bool IsParameter);

    internal enum ParameterKind
    {
        Path,
        Query,
        Header,
        Body,
        CancellationToken,
    }

    /// <summary>How a path, query or header value turns into text.</summary>
    internal enum ValueFormat
    {
        /// <summary>A string, used as is.</summary>
        String,

        /// <summary><c>true</c>/<c>false</c>.</summary>
        Boolean,

        /// <summary>An <c>ISpanFormattable</c> number, formatted with the invariant culture.</summary>
        Formattable,

        /// <summary>A date or time, round-trip ("O") format, invariant culture.</summary>
        RoundTripDate,

        /// <summary>An enum or a type that overrides <c>ToString()</c>.</summary>
        ToStringValue,
    }

    internal sealed record ParameterModel(
        string Name,
        string TypeName,
        ParameterKind Kind,
        string WireName,
        ValueFormat Format,
        bool IsNullable,
        bool IsNullableValueType,
        bool IsCollection,
        string? DefaultValue);
}
