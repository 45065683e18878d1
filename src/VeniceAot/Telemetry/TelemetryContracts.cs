namespace VeniceAot.Telemetry
{
    /// <summary>
    /// A request body that names the model it asks for; telemetry reads it for <c>gen_ai.request.model</c> and the
    /// span name. Implemented explicitly, so the public surface of the request types does not change.
    /// </summary>
    internal interface IModelRequest
    {
        /// <summary>The requested model id as sent, or null when the request leaves it to the server.</summary>
        string? Model { get; }
    }

    /// <summary>
    /// A response (or stream event) that reports the model that answered, the response id and token usage; telemetry
    /// checks it with a type test after deserializing (AOT-safe, no reflection).
    /// </summary>
    internal interface IUsageReport
    {
        /// <summary>What this value reports; fields it does not carry are null.</summary>
        UsageReport Usage { get; }
    }

    /// <summary>What a response says about itself, for telemetry.</summary>
    /// <param name="Model">The model that answered (<c>gen_ai.response.model</c>).</param>
    /// <param name="Id">The response id (<c>gen_ai.response.id</c>).</param>
    /// <param name="InputTokens">Input (prompt) tokens, when the response carries usage.</param>
    /// <param name="OutputTokens">Output (completion) tokens, when the response carries usage.</param>
    internal readonly record struct UsageReport(string? Model, string? Id, long? InputTokens, long? OutputTokens);
}
