using System.Text.Json.Serialization;

namespace VeniceAot.Embeddings
{
    /// <summary>The body of <c>POST /embeddings</c>. Null properties are not sent (Venice rejects unknown keys).</summary>
    public sealed class EmbeddingRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model.Value;

        /// <summary>The text(s) to embed: a string or an array of at most 2048 strings; none may be empty.</summary>
        [JsonPropertyName("input")]
        public required EmbeddingInput Input { get; init; }

        /// <summary>The model id, e.g. <see cref="EmbeddingModel.BgeM3"/> or any id from <c>GET /models?type=embedding</c>.</summary>
        [JsonPropertyName("model")]
        public required EmbeddingModel Model { get; init; }

        /// <summary>
        /// <c>float</c> (Venice's default) or <c>base64</c>. The response's vectors are floats either way;
        /// <c>base64</c> only makes the response smaller.
        /// </summary>
        [JsonPropertyName("encoding_format")]
        public EmbeddingEncodingFormat? EncodingFormat { get; init; }

        /// <summary>The number of dimensions of each vector (at least 1), for models that support custom dimensions.</summary>
        [JsonPropertyName("dimensions")]
        public int? Dimensions { get; init; }

        /// <summary>Accepted for OpenAI compatibility and discarded by Venice.</summary>
        [JsonPropertyName("user")]
        public string? User { get; init; }
    }
}
