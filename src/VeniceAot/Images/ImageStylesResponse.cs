using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>The answer of <c>GET /image/styles</c>: the names accepted by <see cref="GenerateImageRequest.StylePreset"/>.</summary>
    public sealed class ImageStylesResponse
    {
        /// <summary>The style names, e.g. <c>3D Model</c>, <c>Anime</c>.</summary>
        [JsonPropertyName("data")]
        public List<string> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
