using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Embeddings
{
    /// <summary><c>POST /embeddings</c>: one vector per input string.</summary>
    public sealed class EmbeddingResponse : Telemetry.IUsageReport
    {
        Telemetry.UsageReport Telemetry.IUsageReport.Usage => new(Model, null, Usage?.PromptTokens, null);

        /// <summary>The vectors, one per input, in input order (see <see cref="EmbeddingData.Index"/>).</summary>
        [JsonPropertyName("data")]
        public List<EmbeddingData> Data { get; set; } = [];

        /// <summary>The model that produced the vectors.</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Tokens used.</summary>
        [JsonPropertyName("usage")]
        public EmbeddingUsage? Usage { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One embedding vector.</summary>
    public sealed class EmbeddingData
    {
        /// <summary>
        /// The vector. Venice sends a JSON number array, or with <c>encoding_format: "base64"</c> a base64 string of
        /// little-endian float32 values; both are read into the same floats. It is always written as a number array
        /// (see <see cref="EmbeddingVectorJsonConverter"/>).
        /// </summary>
        [JsonPropertyName("embedding")]
        [JsonConverter(typeof(EmbeddingVectorJsonConverter))]
        public ReadOnlyMemory<float> Embedding { get; set; }

        /// <summary>The position of the input this vector belongs to.</summary>
        [JsonPropertyName("index")]
        public int Index { get; set; }

        /// <summary>Always <c>embedding</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Tokens an embeddings request used.</summary>
    public sealed class EmbeddingUsage
    {
        /// <summary>Tokens in the input.</summary>
        [JsonPropertyName("prompt_tokens")]
        public int PromptTokens { get; set; }

        /// <summary>Tokens billed in total.</summary>
        [JsonPropertyName("total_tokens")]
        public int TotalTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
