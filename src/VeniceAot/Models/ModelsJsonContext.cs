using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Models
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Models group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ModelList))]
    [JsonSerializable(typeof(ModelTraitList))]
    [JsonSerializable(typeof(ModelCompatibilityMapping))]
    [JsonSerializable(typeof(List<ModelResponse>))]
    public sealed partial class ModelsJsonContext : JsonSerializerContext;
}
