using System.Text.Json.Serialization;

namespace VeniceAot.Audio
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Audio group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(SpeechRequest))]
    [JsonSerializable(typeof(TranscriptionRequest))]
    [JsonSerializable(typeof(TranscriptionResponse))]
    [JsonSerializable(typeof(ClonedVoiceResponse))]
    [JsonSerializable(typeof(QueueAudioRequest))]
    [JsonSerializable(typeof(QueueAudioResponse))]
    [JsonSerializable(typeof(QuoteAudioRequest))]
    [JsonSerializable(typeof(AudioQuoteResponse))]
    [JsonSerializable(typeof(RetrieveAudioRequest))]
    [JsonSerializable(typeof(AudioJobStatusResponse))]
    [JsonSerializable(typeof(CompleteAudioRequest))]
    [JsonSerializable(typeof(CompleteAudioResponse))]
    public sealed partial class AudioJsonContext : JsonSerializerContext;
}
