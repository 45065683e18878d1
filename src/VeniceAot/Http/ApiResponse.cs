namespace VeniceAot.Http
{
    /// <summary>A parsed response body together with the response's metadata.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="Value">The parsed body.</param>
    /// <param name="Metadata">Status, request id, rate limits, balance, version, deprecation.</param>
    public sealed record ApiResponse<T>(T Value, ResponseMetadata Metadata);
}
