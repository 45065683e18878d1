using System;

namespace VeniceAot.Http
{
    /// <summary>Sends the parameter as a query value (arrays repeat the key; null is omitted).</summary>
    /// <param name="name">The query key; defaults to the parameter name.</param>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class QueryAttribute(string? name = null) : Attribute
    {
        /// <summary>The query key, or null for the parameter name.</summary>
        public string? Name { get; } = name;
    }

    /// <summary>Binds the parameter to a route placeholder (needed only when the names differ).</summary>
    /// <param name="name">The placeholder name.</param>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class PathAttribute(string? name = null) : Attribute
    {
        /// <summary>The placeholder name, or null for the parameter name.</summary>
        public string? Name { get; } = name;
    }

    /// <summary>Sends the parameter as a request header (null is omitted).</summary>
    /// <param name="name">The header name.</param>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class HeaderAttribute(string name) : Attribute
    {
        /// <summary>The header name.</summary>
        public string Name { get; } = name;
    }

    /// <summary>Sends the parameter as the JSON request body.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class BodyAttribute : Attribute;
}
