using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Models
{
    /// <summary><c>GET /models</c>: the models of the requested type.</summary>
    public sealed class ModelList
    {
        /// <summary>The models.</summary>
        [JsonPropertyName("data")]
        public List<ModelResponse> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>The type the models were filtered by (may be <see cref="ModelType.All"/> or <see cref="ModelType.Code"/>).</summary>
        [JsonPropertyName("type")]
        public ModelType? Type { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>GET /models/traits</c>: which model each trait currently selects.</summary>
    public sealed class ModelTraitList
    {
        /// <summary>Model ids by trait, e.g. <c>default</c> → <c>zai-org-glm-5-1</c>, <c>fastest</c> → <c>kimi-k2-6</c>.</summary>
        [JsonPropertyName("data")]
        public Dictionary<string, string> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>The model type the traits belong to.</summary>
        [JsonPropertyName("type")]
        public ModelType? Type { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>GET /models/compatibility_mapping</c>: which Venice model answers a request for another vendor's model id.</summary>
    public sealed class ModelCompatibilityMapping
    {
        /// <summary>Venice model ids by foreign model id, e.g. <c>gpt-4o</c> → <c>zai-org-glm-5-1</c>.</summary>
        [JsonPropertyName("data")]
        public Dictionary<string, string> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>The model type the mapping belongs to.</summary>
        [JsonPropertyName("type")]
        public ModelType? Type { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
