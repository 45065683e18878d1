namespace VeniceAot.Json
{
    /// <summary>
    /// A string-backed enum that accepts values it does not know, so a server that adds a value does not
    /// break deserialization. Known values are static members of the implementing type.
    /// </summary>
    /// <typeparam name="TSelf">The implementing type.</typeparam>
    public interface IOpenEnum<TSelf>
        where TSelf : struct, IOpenEnum<TSelf>
    {
        /// <summary>The value as sent on the wire.</summary>
        string Value { get; }

        /// <summary>Wraps a wire value, known or not.</summary>
        /// <param name="value">The wire value.</param>
        /// <returns>The enum value.</returns>
        static abstract TSelf FromValue(string value);
    }
}
