using System.Text.Json.Serialization;

namespace VeniceAot.Characters
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Characters group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(CharacterList))]
    [JsonSerializable(typeof(CharacterResponse))]
    [JsonSerializable(typeof(CharacterReviewList))]
    public sealed partial class CharactersJsonContext : JsonSerializerContext;
}
