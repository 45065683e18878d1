using System;

namespace VeniceAot.Http
{
    /// <summary>Base of the verb attributes; <see cref="Route"/> is relative to the client's base address.</summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public abstract class HttpMethodAttribute(string route) : Attribute
    {
        /// <summary>The route template, e.g. <c>"/api_keys/{id}"</c>; placeholders bind to parameters by name.</summary>
        public string Route { get; } = route;
    }

    /// <summary>Sends a GET to <paramref name="route"/>.</summary>
    /// <param name="route">The route template.</param>
    public sealed class GetAttribute(string route) : HttpMethodAttribute(route);

    /// <summary>Sends a POST to <paramref name="route"/>.</summary>
    /// <param name="route">The route template.</param>
    public sealed class PostAttribute(string route) : HttpMethodAttribute(route);

    /// <summary>Sends a PUT to <paramref name="route"/>.</summary>
    /// <param name="route">The route template.</param>
    public sealed class PutAttribute(string route) : HttpMethodAttribute(route);

    /// <summary>Sends a PATCH to <paramref name="route"/>.</summary>
    /// <param name="route">The route template.</param>
    public sealed class PatchAttribute(string route) : HttpMethodAttribute(route);

    /// <summary>Sends a DELETE to <paramref name="route"/>.</summary>
    /// <param name="route">The route template.</param>
    public sealed class DeleteAttribute(string route) : HttpMethodAttribute(route);
}
