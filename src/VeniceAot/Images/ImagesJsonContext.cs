using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Images group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(GenerateImageRequest))]
    [JsonSerializable(typeof(GenerateImageResponse))]
    [JsonSerializable(typeof(SimpleGenerateImageRequest))]
    [JsonSerializable(typeof(SimpleGenerateImageResponse))]
    [JsonSerializable(typeof(ImageStylesResponse))]
    [JsonSerializable(typeof(UpscaleImageRequest))]
    [JsonSerializable(typeof(EditImageRequest))]
    [JsonSerializable(typeof(MultiEditImageRequest))]
    [JsonSerializable(typeof(BackgroundRemoveImageRequest))]
    public sealed partial class ImagesJsonContext : JsonSerializerContext;
}
