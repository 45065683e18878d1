using System;

namespace VeniceAot.Http
{
    /// <summary>
    /// Marks an interface whose methods the VeniceAot generator implements at build time. Every request and
    /// response type must be registered with <c>[JsonSerializable]</c> on <paramref name="jsonContext"/>;
    /// a missing registration is a build error (VAOT006), never a runtime failure.
    /// </summary>
    /// <param name="jsonContext">A source-generated <c>JsonSerializerContext</c> that knows every body and response type.</param>
    [AttributeUsage(AttributeTargets.Interface, Inherited = false)]
    public sealed class VeniceApiAttribute(Type jsonContext) : Attribute
    {
        /// <summary>The JSON context the generated client reads and writes through.</summary>
        public Type JsonContext { get; } = jsonContext;
    }
}
