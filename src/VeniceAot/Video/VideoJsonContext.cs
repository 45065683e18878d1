using System.Text.Json.Serialization;

namespace VeniceAot.Video
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Video group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(QueueVideoRequest))]
    [JsonSerializable(typeof(QueueVideoResponse))]
    [JsonSerializable(typeof(QuoteVideoRequest))]
    [JsonSerializable(typeof(VideoQuoteResponse))]
    [JsonSerializable(typeof(RetrieveVideoRequest))]
    [JsonSerializable(typeof(VideoJobStatusResponse))]
    [JsonSerializable(typeof(CompleteVideoRequest))]
    [JsonSerializable(typeof(CompleteVideoResponse))]
    [JsonSerializable(typeof(VideoTranscriptionRequest))]
    [JsonSerializable(typeof(VideoTranscriptionResponse))]
    [JsonSerializable(typeof(ContentViolationError))]
    [JsonSerializable(typeof(ProviderContentPolicyError))]
    [JsonSerializable(typeof(PayloadTooLargeError))]
    [JsonSerializable(typeof(VideoConsentRequiredError))]
    public sealed partial class VideoJsonContext : JsonSerializerContext;
}
